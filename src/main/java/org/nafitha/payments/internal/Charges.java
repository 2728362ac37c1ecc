package org.nafitha.payments.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.payments.ChargeId;
import org.nafitha.payments.ChargeStatus;
import org.nafitha.payments.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The charges, and the only way their status changes: {@link #move}. */
@Repository
public class Charges {

    private static final String COLUMNS = """
            id, payer, created_by, method, amount_minor, currency, status, redirect_url, bill_number, expires_at,
            created_at""";

    private final JdbcClient jdbc;

    Charges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Charge c, String idempotencyKey, String requestHash) {
        jdbc.sql("""
                        INSERT INTO payment_charges (id, payer, created_by, idempotency_key, request_hash, method,
                            amount_minor, currency, status, expires_at, created_at, updated_at)
                        VALUES (:id, :payer, :by, :key, :hash, :method, :amount, :currency, :status, :expires, :at, :at)""")
                .param("id", c.id().value()).param("payer", c.payer()).param("by", c.createdBy())
                .param("key", idempotencyKey).param("hash", requestHash).param("method", c.method().name())
                .param("amount", c.amount().minor()).param("currency", c.amount().currency().getCurrencyCode())
                .param("status", c.status().name()).param("expires", Timestamp.from(c.expiresAt()))
                .param("at", Timestamp.from(c.createdAt()))
                .update();
        c.dues().forEach(due -> jdbc.sql("INSERT INTO payment_charge_dues (charge_id, due_id) VALUES (:c, :d)")
                .param("c", c.id().value()).param("d", due).update());
    }

    public Optional<Charge> find(ChargeId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payment_charges WHERE id = :id")
                .param("id", id.value()).query(this::charge).optional();
    }

    /**
     * Moves the charge to {@code to} if its table allows it from the status it has now; false when
     * it does not (a repeated or out-of-order report) or when another node moved it first. The
     * update names the status it read, so of two racing moves exactly one succeeds.
     */
    boolean move(ChargeId id, ChargeStatus to, String source, @Nullable String detail, Instant at) {
        var current = status(id);
        if (current.isEmpty() || !current.get().canMoveTo(to)) return false;
        var moved = jdbc.sql("""
                        UPDATE payment_charges SET status = :to, version = version + 1, updated_at = :at
                        WHERE id = :id AND status = :from""")
                .param("to", to.name()).param("at", Timestamp.from(at)).param("id", id.value())
                .param("from", current.get().name())
                .update() == 1;
        if (moved) {
            jdbc.sql("""
                            INSERT INTO payment_charge_history (charge_id, from_status, to_status, source, detail, at)
                            VALUES (:id, :from, :to, :source, :detail, :at)""")
                    .param("id", id.value()).param("from", current.get().name()).param("to", to.name())
                    .param("source", source).param("detail", detail).param("at", Timestamp.from(at)).update();
        }
        return moved;
    }

    /** What the gateway gave the person to pay with: its card page or a bill number. */
    void recordStart(ChargeId id, @Nullable String redirectUrl, @Nullable String billNumber, @Nullable Instant expiresAt) {
        jdbc.sql("""
                        UPDATE payment_charges SET redirect_url = :url, bill_number = :bill,
                               expires_at = COALESCE(:expires, expires_at)
                        WHERE id = :id""")
                .param("url", redirectUrl).param("bill", billNumber)
                .param("expires", expiresAt == null ? null : Timestamp.from(expiresAt)).param("id", id.value())
                .update();
    }

    Optional<ChargeStatus> status(ChargeId id) {
        return jdbc.sql("SELECT status FROM payment_charges WHERE id = :id").param("id", id.value())
                .query((rs, n) -> ChargeStatus.valueOf(rs.getString(1))).optional();
    }

    public List<Charge> ofPayer(String payer) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payment_charges WHERE payer = :payer ORDER BY created_at DESC")
                .param("payer", payer).query(this::charge).list();
    }

    private Charge charge(ResultSet rs, int n) throws SQLException {
        var id = new ChargeId(rs.getObject("id", UUID.class));
        var dues = jdbc.sql("SELECT due_id FROM payment_charge_dues WHERE charge_id = :id ORDER BY due_id")
                .param("id", id.value()).query(UUID.class).list();
        return new Charge(id, rs.getString("payer"), rs.getString("created_by"),
                Charge.Method.valueOf(rs.getString("method")),
                new Money(rs.getLong("amount_minor"), Currency.getInstance(rs.getString("currency"))),
                ChargeStatus.valueOf(rs.getString("status")), rs.getString("redirect_url"), rs.getString("bill_number"),
                rs.getTimestamp("expires_at").toInstant(), rs.getTimestamp("created_at").toInstant(), dues);
    }
}
