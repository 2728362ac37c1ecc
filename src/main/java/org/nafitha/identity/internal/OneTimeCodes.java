package org.nafitha.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.apache.commons.codec.digest.DigestUtils;
import org.nafitha.messaging.TextMessage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.nafitha.country.ArabicDigits;

/**
 * Six-digit codes sent by SMS: valid five minutes, five tries, used once, resent at most once a
 * minute. Only a salted hash of the code is stored ({@link OtpChallenges}); a replayed code finds
 * nothing to match.
 */
@Component
public class OneTimeCodes {

    static final Duration VALIDITY = Duration.ofMinutes(5);
    static final int MAX_ATTEMPTS = 5;
    static final Duration RESEND_INTERVAL = Duration.ofSeconds(60);

    private final OtpChallenges challenges;
    private final CodeMessages messages;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    OneTimeCodes(OtpChallenges challenges, CodeMessages messages, Clock clock) {
        this.challenges = challenges;
        this.messages = messages;
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
        challenges.insert(id, username, msisdn, purpose, hash(id, code), now, now.plus(VALIDITY), deliver);
        if (deliver) messages.send(new TextMessage(msisdn, username, CodeMessages.text(code), purpose));
        return id;
    }

    /** A new code for the same challenge, at most once per {@link #RESEND_INTERVAL}. */
    @Transactional
    boolean resend(UUID id) {
        var now = clock.instant();
        var code = "%06d".formatted(random.nextInt(1_000_000));
        var updated = challenges.renew(id, hash(id, code), now, now.plus(VALIDITY), MAX_ATTEMPTS,
                now.minus(RESEND_INTERVAL));
        var delivered = challenges.delivered(id);
        if (updated && delivered) messages.send(challenges.message(id, CodeMessages.text(code)));
        return updated;
    }

    @Transactional
    Check verify(UUID id, String typedCode) {
        var now = clock.instant();
        var found = challenges.lockForCheck(id);
        if (found.isEmpty() || found.get().consumed() != null) return new Failed(Problem.UNKNOWN, 0);
        var row = found.get();
        if (row.attempts() >= MAX_ATTEMPTS) return new Failed(Problem.LOCKED, 0);
        if (row.expires().toInstant().isBefore(now)) return new Failed(Problem.EXPIRED, 0);
        var code = ArabicDigits.digitsOnly(typedCode);
        if (!MessageDigest.isEqual(hash(id, code).getBytes(StandardCharsets.US_ASCII),
                row.hash().getBytes(StandardCharsets.US_ASCII))) {
            challenges.countAttempt(id);
            var remaining = MAX_ATTEMPTS - row.attempts() - 1;
            return new Failed(remaining <= 0 ? Problem.LOCKED : Problem.WRONG, Math.max(remaining, 0));
        }
        var consumed = challenges.consume(id, now);
        return consumed ? new Passed(row.username(), row.purpose()) : new Failed(Problem.UNKNOWN, 0);
    }

    private static String hash(UUID id, String code) {
        return DigestUtils.sha256Hex(id.toString() + code);
    }
}
