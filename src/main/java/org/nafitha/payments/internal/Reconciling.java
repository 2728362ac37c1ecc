package org.nafitha.payments.internal;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Optional;
import java.util.UUID;

import org.nafitha.country.CountryProperties;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matches a day's settlement file against the charges we hold paid that day (in the country's
 * time zone). Our side is loaded (one day of our payments); the file is streamed past it, entry by
 * entry, so its size does not matter. One run per day: the run's row is the claim, so of two nodes
 * one reconciles and the other finds it done. What a run found is kept, read and closed
 * in {@link Reconciliations}.
 */
@Service
public class Reconciling {

    private record Ours(long minor, String currency) {
    }

    private final JdbcClient jdbc;
    private final Reconciliations reconciliations;
    private final AuditTrail audit;
    private final ZoneId zone;
    private final Clock clock;

    Reconciling(JdbcClient jdbc, Reconciliations reconciliations, AuditTrail audit, CountryProperties country, Clock clock) {
        this.jdbc = jdbc;
        this.reconciliations = reconciliations;
        this.audit = audit;
        this.zone = country.zone();
        this.clock = clock;
    }

    /** Empty when the day was reconciled already (by this node or another). */
    @Transactional
    public Optional<Reconciliation> reconcile(LocalDate day, InputStream settlementFile) {
        var id = UUID.randomUUID();
        var claimed = jdbc.sql("""
                        INSERT INTO payment_reconciliations (id, settlement_day, run_at) VALUES (:id, :day, :at)
                        ON CONFLICT DO NOTHING""")
                .param("id", id).param("day", day).param("at", Timestamp.from(clock.instant())).update() == 1;
        if (!claimed) return Optional.empty();
        var ours = paidOn(day);
        long[] matched = {0, 0};
        int[] differences = {0};
        SettlementFile.read(settlementFile, entry -> {
            if (!entry.credit()) return;
            var mine = ours.remove(entry.endToEndId());
            var gatewayMinor = entry.amount().minor();
            var currency = entry.amount().currency().getCurrencyCode();
            if (mine == null) {
                reconciliations.difference(id, Reconciliation.Kind.MISSING_OURS, entry.endToEndId(),
                        entry.gatewayReference(), null, gatewayMinor, currency);
                differences[0]++;
            } else if (mine.minor() != gatewayMinor || !mine.currency().equals(currency)) {
                reconciliations.difference(id, Reconciliation.Kind.AMOUNT_MISMATCH, entry.endToEndId(),
                        entry.gatewayReference(), mine.minor(), gatewayMinor, currency);
                differences[0]++;
            } else {
                matched[0]++;
                matched[1] += gatewayMinor;
            }
        });
        ours.forEach((reference, mine) -> reconciliations.difference(id, Reconciliation.Kind.MISSING_GATEWAY, reference,
                null, mine.minor(), null, mine.currency()));
        differences[0] += ours.size();
        jdbc.sql("UPDATE payment_reconciliations SET matched = :m, matched_minor = :mm, differences = :d WHERE id = :id")
                .param("m", (int) matched[0]).param("mm", matched[1]).param("d", differences[0]).param("id", id).update();
        audit.record(new AuditEntry(ConfirmingCharges.SYSTEM, "SYSTEM", "payment.reconcile", null, null,
                day + ": " + matched[0] + " matched, " + differences[0] + " differences"));
        return reconciliations.find(day);
    }

    private HashMap<String, Ours> paidOn(LocalDate day) {
        var ours = new HashMap<String, Ours>();
        jdbc.sql("""
                        SELECT c.id, c.amount_minor, c.currency FROM payment_charges c
                        JOIN payment_charge_history h ON h.charge_id = c.id AND h.to_status = 'PAID'
                        WHERE h.at >= :from AND h.at < :to""")
                .param("from", Timestamp.from(day.atStartOfDay(zone).toInstant()))
                .param("to", Timestamp.from(day.plusDays(1).atStartOfDay(zone).toInstant()))
                .query(rs -> {
                    ours.put(rs.getObject(1, UUID.class).toString(), new Ours(rs.getLong(2), rs.getString(3)));
                });
        return ours;
    }
}
