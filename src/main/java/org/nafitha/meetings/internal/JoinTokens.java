package org.nafitha.meetings.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Join tokens: random, for one meeting and one participant, short-lived and used once. Only the
 * SHA-256 is stored; using a token is one conditional update, so two uses race in the database and
 * one of them finds nothing.
 */
@Repository
public class JoinTokens {

    public record Holder(String participant, boolean host) {
    }

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;

    JoinTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String issue(UUID meeting, String participant, boolean host, Instant now, Instant expires) {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                INSERT INTO meeting_join_tokens (token_hash, meeting_id, participant, host, issued_at, expires_at)
                VALUES (:hash, :meeting, :participant, :host, :now, :expires)""")
                .param("hash", hash(token)).param("meeting", meeting).param("participant", participant)
                .param("host", host).param("now", Timestamp.from(now)).param("expires", Timestamp.from(expires)).update();
        return token;
    }

    /** Uses the token for this meeting once: empty when unknown, for another meeting, used or expired. */
    public Optional<Holder> use(UUID meeting, String token, Instant now) {
        var hash = hash(token);
        var used = jdbc.sql("""
                UPDATE meeting_join_tokens SET used_at = :now
                WHERE token_hash = :hash AND meeting_id = :meeting AND used_at IS NULL AND expires_at > :now""")
                .param("hash", hash).param("meeting", meeting).param("now", Timestamp.from(now)).update();
        if (used != 1) return Optional.empty();
        return jdbc.sql("SELECT participant, host FROM meeting_join_tokens WHERE token_hash = :hash")
                .param("hash", hash).query(Holder.class).optional();
    }

    private static String hash(String token) {
        return DigestUtils.sha256Hex(token);
    }
}
