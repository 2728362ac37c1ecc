package org.nafitha.payments.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.nafitha.payments.ChargeId;
import org.nafitha.payments.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Refunds, and the charge's refunded total that only grows within what was paid. */
@Repository
public class Refunds {

    private final JdbcClient jdbc;

    Refunds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Refund r) {
        jdbc.sql("""
                        INSERT INTO payment_refunds (id, charge_id, amount_minor, currency, reason, status, proposed_by, proposed_at)
                        VALUES (:id, :charge, :amount, :currency, :reason, 'PROPOSED', :by, :at)""")
                .param("id", r.id()).param("charge", r.charge().value()).param("amount", r.amount().minor())
                .param("currency", r.amount().currency().getCurrencyCode()).param("reason", r.reason())
                .param("by", r.proposedBy()).param("at", Timestamp.from(r.proposedAt())).update();
    }

    public Optional<Refund> find(UUID id) {
        return jdbc.sql("SELECT * FROM payment_refunds WHERE id = :id").param("id", id).query(this::refund).optional();
    }

    public List<Refund> proposed() {
        return jdbc.sql("SELECT * FROM payment_refunds WHERE status = 'PROPOSED' ORDER BY proposed_at")
                .query(this::refund).list();
    }

    /** Decides a proposed refund; false when someone decided it first. */
    boolean decide(UUID id, Refund.Status to, String by, Instant at) {
        return jdbc.sql("""
                        UPDATE payment_refunds SET status = :to, decided_by = :by, decided_at = :at
                        WHERE id = :id AND status = 'PROPOSED'""")
                .param("to", to.name()).param("by", by).param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    /** Adds to the charge's refunded total only while it stays within what was paid. */
    boolean addToRefunded(ChargeId charge, long minor) {
        return jdbc.sql("""
                        UPDATE payment_charges SET refunded_minor = refunded_minor + :a
                        WHERE id = :id AND status = 'PAID' AND refunded_minor + :a <= amount_minor""")
                .param("a", minor).param("id", charge.value()).update() == 1;
    }

    /** What is left to refund of a charge: paid minus refunded. */
    long refundable(ChargeId charge) {
        return jdbc.sql("SELECT amount_minor - refunded_minor FROM payment_charges WHERE id = :id AND status = 'PAID'")
                .param("id", charge.value()).query(Long.class).optional().orElse(0L);
    }

    private Refund refund(ResultSet rs, int n) throws SQLException {
        return new Refund(rs.getObject("id", UUID.class), new ChargeId(rs.getObject("charge_id", UUID.class)),
                new Money(rs.getLong("amount_minor"), Currency.getInstance(rs.getString("currency"))),
                rs.getString("reason"), Refund.Status.valueOf(rs.getString("status")), rs.getString("proposed_by"),
                rs.getTimestamp("proposed_at").toInstant(), rs.getString("decided_by"));
    }
}
