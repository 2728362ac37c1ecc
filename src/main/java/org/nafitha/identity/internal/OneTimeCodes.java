package org.nafitha.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.codec.digest.DigestUtils;
import org.nafitha.messaging.SmsGateway;
import org.nafitha.messaging.SmsNotSent;
import org.nafitha.messaging.TextMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.nafitha.country.ArabicDigits;

/**
 * Six-digit codes sent by SMS: valid five minutes, five tries, used once, resent at most once a
 * minute. Only a salted hash of the code is stored; a replayed code finds nothing to match.
 */
@Component
public class OneTimeCodes {

    private static final Logger log = LoggerFactory.getLogger(OneTimeCodes.class);

    static final Duration VALIDITY = Duration.ofMinutes(5);
    static final int MAX_ATTEMPTS = 5;
    static final Duration RESEND_INTERVAL = Duration.ofSeconds(60);

    private final JdbcClient jdbc;
    private final SmsGateway sms;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    OneTimeCodes(JdbcClient jdbc, SmsGateway sms, Clock clock) {
        this.jdbc = jdbc;
        this.sms = sms;
        this.clock = clock;
    }

    /** What a code check found. */
    sealed interface Check permits Passed, Failed {
    }

    record Passed(String username, String purpose) implements Check {
    }

    /** Each maps to message key {@code identity.otp.<name>}. */
    public enum Problem { WRONG, EXPIRED, LOCKED, UNKNOWN }

    public record Failed(Problem problem, int remainingAttempts) implements Check {
    }

    @Transactional
    UUID issue(String username, String msisdn, String purpose) {
        return issue(username, msisdn, purpose, true);
    }

    /**
     * A challenge whose code is sent to no one: it behaves exactly like a real one, so that a
     * stranger cannot tell from the answers that the ID already has an account.
     */
    @Transactional
    UUID issueUndelivered(String username, String msisdn, String purpose) {
        return issue(username, msisdn, purpose, false);
    }

    private UUID issue(String username, String msisdn, String purpose, boolean deliver) {
        var id = UUID.randomUUID();
        var code = "%06d".formatted(random.nextInt(1_000_000));
        var now = clock.instant();
        jdbc.sql("""
                        INSERT INTO otp_challenges (id, username, msisdn, purpose, code_hash, attempts, created_at,
                                                    last_sent_at, expires_at, delivered)
                        VALUES (:id, :u, :msisdn, :purpose, :hash, 0, :now, :now, :expires, :delivered)""")
                .param("delivered", deliver)
                .param("id", id).param("u", username).param("msisdn", msisdn).param("purpose", purpose)
                .param("hash", hash(id, code)).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(VALIDITY)))
                .update();
        if (deliver) deliver(new TextMessage(msisdn, username, text(code), purpose));
        return id;
    }

    /**
     * Sends a code now. If the SMS centre cannot take it, the challenge stays and the person asks
     * for a new code in a minute; an error page would tell them nothing more.
     */
    private void deliver(TextMessage message) {
        try {
            sms.send(message);
        } catch (SmsNotSent e) {
            log.warn("Sign-in code for {} not sent ({}): the person can ask again in a minute", message.account(), e.reason());
        }
    }

    /** A new code for the same challenge, at most once per {@link #RESEND_INTERVAL}. */
    @Transactional
    boolean resend(UUID id) {
        var now = clock.instant();
        var code = "%06d".formatted(random.nextInt(1_000_000));
        var updated = jdbc.sql("""
                        UPDATE otp_challenges SET code_hash = :hash, last_sent_at = :now, expires_at = :expires
                        WHERE id = :id AND consumed_at IS NULL AND attempts < :max AND last_sent_at <= :earliest""")
                .param("hash", hash(id, code)).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(VALIDITY))).param("id", id).param("max", MAX_ATTEMPTS)
                .param("earliest", Timestamp.from(now.minus(RESEND_INTERVAL)))
                .update() == 1;
        var delivered = jdbc.sql("SELECT delivered FROM otp_challenges WHERE id = :id").param("id", id)
                .query(Boolean.class).optional().orElse(false);
        if (updated && delivered) {
            var row = jdbc.sql("SELECT username, msisdn, purpose FROM otp_challenges WHERE id = :id").param("id", id)
                    .query((rs, n) -> new TextMessage(rs.getString(2), rs.getString(1), text(code), rs.getString(3)))
                    .single();
            deliver(row);
        }
        return updated;
    }

    @Transactional
    Check verify(UUID id, String typedCode) {
        var now = clock.instant();
        record Row(String username, String purpose, String hash, int attempts, Timestamp expires, Timestamp consumed) {
        }
        Optional<Row> found = jdbc.sql("""
                        SELECT username, purpose, code_hash, attempts, expires_at, consumed_at FROM otp_challenges
                        WHERE id = :id FOR UPDATE""")
                .param("id", id)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getTimestamp(5), rs.getTimestamp(6)))
                .optional();
        if (found.isEmpty() || found.get().consumed() != null) return new Failed(Problem.UNKNOWN, 0);
        var row = found.get();
        if (row.attempts() >= MAX_ATTEMPTS) return new Failed(Problem.LOCKED, 0);
        if (row.expires().toInstant().isBefore(now)) return new Failed(Problem.EXPIRED, 0);
        var code = ArabicDigits.digitsOnly(typedCode);
        if (!MessageDigest.isEqual(hash(id, code).getBytes(StandardCharsets.US_ASCII),
                row.hash().getBytes(StandardCharsets.US_ASCII))) {
            jdbc.sql("UPDATE otp_challenges SET attempts = attempts + 1 WHERE id = :id").param("id", id).update();
            var remaining = MAX_ATTEMPTS - row.attempts() - 1;
            return new Failed(remaining <= 0 ? Problem.LOCKED : Problem.WRONG, Math.max(remaining, 0));
        }
        var consumed = jdbc.sql("UPDATE otp_challenges SET consumed_at = :now WHERE id = :id AND consumed_at IS NULL")
                .param("now", Timestamp.from(now)).param("id", id).update() == 1;
        return consumed ? new Passed(row.username(), row.purpose()) : new Failed(Problem.UNKNOWN, 0);
    }

    private static String text(String code) {
        return "نافذة: رمز التحقق " + code + " صالح ٥ دقائق. لا تشاركه مع أحد.\nNafitha code " + code;
    }

    private static String hash(UUID id, String code) {
        return DigestUtils.sha256Hex(id.toString() + code);
    }
}
