package org.nafitha.payments.internal;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.CountryProperties;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.payments.PaymentError;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.List;

/**
 * Matches a day's settlement file against the charges we hold paid that day (in the country's
 * time zone). Our side is loaded (one day of our payments); the file is streamed past it, entry by
 * entry, so its size does not matter. One run per day: the run's row is the claim, so of two nodes
 * one reconciles and the other finds it done.
 */
@Service
public class Reconciling {

    private record Ours(long minor, String currency) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ZoneId zone;
    private final Clock clock;

    Reconciling(JdbcClient jdbc, AuditTrail audit, CountryProperties country, Clock clock) {
        this.jdbc = jdbc;
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
                difference(id, Reconciliation.Kind.MISSING_OURS, entry.endToEndId(), entry.gatewayReference(), null,
                        gatewayMinor, currency);
                differences[0]++;
            } else if (mine.minor() != gatewayMinor || !mine.currency().equals(currency)) {
                difference(id, Reconciliation.Kind.AMOUNT_MISMATCH, entry.endToEndId(), entry.gatewayReference(),
                        mine.minor(), gatewayMinor, currency);
                differences[0]++;
            } else {
                matched[0]++;
                matched[1] += gatewayMinor;
            }
        });
        ours.forEach((reference, mine) -> difference(id, Reconciliation.Kind.MISSING_GATEWAY, reference, null,
                mine.minor(), null, mine.currency()));
        differences[0] += ours.size();
        jdbc.sql("UPDATE payment_reconciliations SET matched = :m, matched_minor = :mm, differences = :d WHERE id = :id")
                .param("m", (int) matched[0]).param("mm", matched[1]).param("d", differences[0]).param("id", id).update();
        audit.record(new AuditEntry(ConfirmingCharges.SYSTEM, "SYSTEM", "payment.reconcile", null, null,
                day + ": " + matched[0] + " matched, " + differences[0] + " differences"));
        return find(day);
    }

    public Optional<Reconciliation> find(LocalDate day) {
        return jdbc.sql("SELECT id, matched, matched_minor FROM payment_reconciliations WHERE settlement_day = :day")
                .param("day", day)
                .query((rs, n) -> {
                    var id = rs.getObject(1, UUID.class);
                    return new Reconciliation(id, day, rs.getInt(2), rs.getLong(3), differences(id));
                })
                .optional();
    }

    /** Finance closes a difference with what was found and done; once. */
    @Transactional
    public Optional<PaymentError> close(UUID difference, Actor actor, String note) {
        if (!actor.has(Role.FINANCE)) return Optional.of(PaymentError.NOT_FINANCE);
        if (note.isBlank()) return Optional.of(PaymentError.REASON_REQUIRED);
        var closed = jdbc.sql("""
                        UPDATE payment_reconciliation_items SET closed_by = :by, closed_at = :at, note = :note
                        WHERE id = :id AND closed_at IS NULL""")
                .param("by", actor.username()).param("at", Timestamp.from(clock.instant())).param("note", note.strip())
                .param("id", difference).update() == 1;
        if (!closed) return Optional.of(PaymentError.NOT_FOUND);
        audit.record(new AuditEntry(actor.username(), Role.FINANCE.name(), "payment.reconcile.close", null, null,
                difference + ": " + note.strip()));
        return Optional.empty();
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

    private void difference(UUID run, Reconciliation.Kind kind, String reference, @Nullable String gatewayReference,
                            @Nullable Long oursMinor, @Nullable Long gatewayMinor, String currency) {
        jdbc.sql("""
                        INSERT INTO payment_reconciliation_items (id, reconciliation_id, kind, charge_reference,
                            gateway_reference, ours_minor, gateway_minor, currency)
                        VALUES (:id, :run, :kind, :ref, :gw, :ours, :gwMinor, :currency)""")
                .param("id", UUID.randomUUID()).param("run", run).param("kind", kind.name())
                .param("ref", reference.length() > 64 ? reference.substring(0, 64) : reference)
                .param("gw", gatewayReference).param("ours", oursMinor).param("gwMinor", gatewayMinor)
                .param("currency", currency).update();
    }

    private List<Reconciliation.Difference> differences(UUID run) {
        return jdbc.sql("""
                        SELECT id, kind, charge_reference, gateway_reference, ours_minor, gateway_minor, currency,
                               closed_by, note
                        FROM payment_reconciliation_items WHERE reconciliation_id = :run ORDER BY kind, charge_reference""")
                .param("run", run)
                .query((rs, n) -> new Reconciliation.Difference(rs.getObject(1, UUID.class),
                        Reconciliation.Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getObject(5, Long.class), rs.getObject(6, Long.class), rs.getString(7), rs.getString(8),
                        rs.getString(9)))
                .list();
    }
}
