package org.nafitha.appointments.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** An API client's Idempotency-Key per account: one appointment per key, whoever retries. */
@Repository
class IdempotencyKeys {

    record Previous(String requestHash, UUID appointmentId) {
    }

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Previous> find(String actor, String key) {
        return jdbc.sql("SELECT request_hash, appointment_id FROM appointment_idempotency_keys WHERE actor = :a AND idempotency_key = :k")
                .param("a", actor).param("k", key)
                .query((rs, n) -> new Previous(rs.getString(1), rs.getObject(2, UUID.class))).optional();
    }

    /** @return false when another request with this key got there first */
    boolean record(String actor, String key, String hash, UUID appointment, Instant at) {
        return jdbc.sql("""
                        INSERT INTO appointment_idempotency_keys (actor, idempotency_key, request_hash, appointment_id, created_at)
                        VALUES (:a, :k, :h, :id, :at) ON CONFLICT DO NOTHING""")
                .param("a", actor).param("k", key).param("h", hash).param("id", appointment)
                .param("at", Timestamp.from(at)).update() == 1;
    }

    static String hash(BookingRequest r) {
        return DigestUtils.sha256Hex(r.forPerson() + "|" + r.serviceCode() + "|" + r.officeId() + "|" + r.start() + "|"
                + r.caseReference());
    }
}
