package org.nafitha.payments.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.nafitha.payments.ChargeId;
import org.nafitha.payments.DueKind;
import org.nafitha.payments.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What people owe. A due is collected by at most one live charge at a time: the charge claims it
 * with a conditional update on an empty {@code charge_id}, and a charge that fails or expires lets
 * it go again.
 */
@Repository
public class Dues {

    private final JdbcClient jdbc;
    private final DueLines dueLines;

    Dues(JdbcClient jdbc, DueLines dueLines) {
        this.jdbc = jdbc;
        this.dueLines = dueLines;
    }

    /** Opens a due once per case or violation; opening it again (a retried event) changes nothing. */
    boolean open(DueKind kind, String reference, String payer, List<FeeLine> lines, Money total, Instant at) {
        var id = UUID.randomUUID();
        var inserted = jdbc.sql("""
                        INSERT INTO payment_dues (id, kind, reference, payer, amount_minor, currency, status, created_at)
                        VALUES (:id, :kind, :ref, :payer, :amount, :currency, 'OPEN', :at)
                        ON CONFLICT DO NOTHING""")
                .param("id", id).param("kind", kind.name()).param("ref", reference).param("payer", payer)
                .param("amount", total.minor()).param("currency", total.currency().getCurrencyCode())
                .param("at", Timestamp.from(at))
                .update() == 1;
        if (!inserted) return false;
        dueLines.insert(id, lines);
        return true;
    }

    public List<Due> openOf(String payer) {
        return jdbc.sql("SELECT * FROM payment_dues WHERE payer = :payer AND status = 'OPEN' ORDER BY created_at, reference")
                .param("payer", payer).query(this::due).list();
    }

    public Optional<Due> find(UUID id) {
        return jdbc.sql("SELECT * FROM payment_dues WHERE id = :id").param("id", id).query(this::due).optional();
    }

    public Optional<Due> find(DueKind kind, String reference) {
        return jdbc.sql("SELECT * FROM payment_dues WHERE kind = :kind AND reference = :ref")
                .param("kind", kind.name()).param("ref", reference).query(this::due).optional();
    }

    public List<Due> ofCharge(ChargeId charge) {
        return jdbc.sql("""
                        SELECT d.* FROM payment_dues d JOIN payment_charge_dues c ON c.due_id = d.id
                        WHERE c.charge_id = :c ORDER BY d.created_at, d.reference""")
                .param("c", charge.value()).query(this::due).list();
    }

    /** Claims every due for the charge, or none: false when one is not the payer's, not open, or being paid. */
    boolean claim(Collection<UUID> dues, String payer, ChargeId charge) {
        for (var due : dues) {
            var claimed = jdbc.sql("""
                            UPDATE payment_dues SET charge_id = :c
                            WHERE id = :id AND payer = :payer AND status = 'OPEN' AND charge_id IS NULL""")
                    .param("c", charge.value()).param("id", due).param("payer", payer).update() == 1;
            if (!claimed) return false;
        }
        return true;
    }

    /** No longer owed (its case ended unpaid); a due a charge is collecting right now stays. */
    boolean cancel(DueKind kind, String reference) {
        return jdbc.sql("""
                        UPDATE payment_dues SET status = 'CANCELLED'
                        WHERE kind = :kind AND reference = :ref AND status = 'OPEN' AND charge_id IS NULL""")
                .param("kind", kind.name()).param("ref", reference).update() == 1;
    }

    /** A failed or expired charge lets its dues be paid by another. */
    void release(ChargeId charge) {
        jdbc.sql("UPDATE payment_dues SET charge_id = NULL WHERE charge_id = :c AND status = 'OPEN'")
                .param("c", charge.value()).update();
    }

    void markPaid(ChargeId charge, Instant at) {
        jdbc.sql("UPDATE payment_dues SET status = 'PAID', paid_at = :at WHERE charge_id = :c AND status = 'OPEN'")
                .param("c", charge.value()).param("at", Timestamp.from(at)).update();
    }

    private Due due(ResultSet rs, int n) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var currency = Currency.getInstance(rs.getString("currency"));
        return new Due(id, DueKind.valueOf(rs.getString("kind")), rs.getString("reference"), rs.getString("payer"),
                new Money(rs.getLong("amount_minor"), currency), Due.Status.valueOf(rs.getString("status")),
                dueLines.of(id, currency));
    }
}
