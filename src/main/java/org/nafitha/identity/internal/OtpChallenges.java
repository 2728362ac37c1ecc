package org.nafitha.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.nafitha.messaging.TextMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@link OneTimeCodes}' challenges: a code's salted hash, its tries, when it expires and was used. */
@Repository
class OtpChallenges {

    private final JdbcClient jdbc;

    OtpChallenges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A challenge as a code check reads it, the row locked until the check's transaction ends. */
    record Row(String username, String purpose, String hash, int attempts, Timestamp expires, Timestamp consumed) {
    }

    void insert(UUID id, String username, String msisdn, String purpose, String hash, Instant now, Instant expires,
                boolean delivered) {
        jdbc.sql("""
                        INSERT INTO otp_challenges (id, username, msisdn, purpose, code_hash, attempts, created_at,
                                                    last_sent_at, expires_at, delivered)
                        VALUES (:id, :u, :msisdn, :purpose, :hash, 0, :now, :now, :expires, :delivered)""")
                .param("delivered", delivered)
                .param("id", id).param("u", username).param("msisdn", msisdn).param("purpose", purpose)
                .param("hash", hash).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expires))
                .update();
    }

    /** A new code's hash, unless the challenge is used, locked, or was sent after {@code earliest}. */
    boolean renew(UUID id, String hash, Instant now, Instant expires, int maxAttempts, Instant earliest) {
        return jdbc.sql("""
                        UPDATE otp_challenges SET code_hash = :hash, last_sent_at = :now, expires_at = :expires
                        WHERE id = :id AND consumed_at IS NULL AND attempts < :max AND last_sent_at <= :earliest""")
                .param("hash", hash).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expires)).param("id", id).param("max", maxAttempts)
                .param("earliest", Timestamp.from(earliest))
                .update() == 1;
    }

    boolean delivered(UUID id) {
        return jdbc.sql("SELECT delivered FROM otp_challenges WHERE id = :id").param("id", id)
                .query(Boolean.class).optional().orElse(false);
    }

    /** The SMS carrying {@code text} to the challenge's number. */
    TextMessage message(UUID id, String text) {
        return jdbc.sql("SELECT username, msisdn, purpose FROM otp_challenges WHERE id = :id").param("id", id)
                .query((rs, n) -> new TextMessage(rs.getString(2), rs.getString(1), text, rs.getString(3)))
                .single();
    }

    Optional<Row> lockForCheck(UUID id) {
        return jdbc.sql("""
                        SELECT username, purpose, code_hash, attempts, expires_at, consumed_at FROM otp_challenges
                        WHERE id = :id FOR UPDATE""")
                .param("id", id)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getTimestamp(5), rs.getTimestamp(6)))
                .optional();
    }

    void countAttempt(UUID id) {
        jdbc.sql("UPDATE otp_challenges SET attempts = attempts + 1 WHERE id = :id").param("id", id).update();
    }

    /** Uses the challenge up; false when it was used already. */
    boolean consume(UUID id, Instant now) {
        return jdbc.sql("UPDATE otp_challenges SET consumed_at = :now WHERE id = :id AND consumed_at IS NULL")
                .param("now", Timestamp.from(now)).param("id", id).update() == 1;
    }
}
