package org.nafitha.payments.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.nafitha.payments.ChargeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Unfinished charges the gateway has been silent about, and the claims of the nodes that ask it about them. */
@Repository
class SilentCharges {

    private final JdbcClient jdbc;

    SilentCharges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Unfinished charges the gateway has said nothing about for a while: to be asked. */
    List<ChargeId> since(Instant before, int limit) {
        return jdbc.sql("""
                        SELECT id FROM payment_charges
                        WHERE status IN ('CREATED', 'PENDING') AND updated_at < :before
                          AND (queried_at IS NULL OR queried_at < :before)
                        ORDER BY updated_at LIMIT :limit""")
                .param("before", Timestamp.from(before)).param("limit", limit)
                .query((rs, n) -> new ChargeId(rs.getObject(1, UUID.class))).list();
    }

    /** Claims the status query of a charge for this node; another node that claimed it first wins. */
    boolean claimQuery(ChargeId id, Instant before, Instant now) {
        return jdbc.sql("""
                        UPDATE payment_charges SET queried_at = :now
                        WHERE id = :id AND (queried_at IS NULL OR queried_at < :before)""")
                .param("now", Timestamp.from(now)).param("id", id.value()).param("before", Timestamp.from(before))
                .update() == 1;
    }
}
