package org.nafitha.payments.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.payments.PaymentError;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A day's reconciliation as it was run ({@link Reconciling}): the differences it found, kept as it
 * finds them, read back, and each closed by finance with a note.
 */
@Service
public class Reconciliations {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Reconciliations(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** One difference a run found, open until finance closes it. */
    void difference(UUID run, Reconciliation.Kind kind, String reference, @Nullable String gatewayReference,
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
