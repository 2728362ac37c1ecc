package org.nafitha.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Each account's API token generation: a token is good only while its generation is the account's
 * current one and the account is enabled. Signing out everywhere moves the generation on. Looked up
 * per request with a one-second memory per node, forgotten at once on the node that revokes; another
 * node honours a revocation within that second.
 */
@Component
public class TokenGenerations {

    private static final Duration FRESH = Duration.ofSeconds(1);
    private static final int MAX_REMEMBERED = 50_000;

    private record Seen(OptionalInt generation, long at) {
    }

    private final ConcurrentHashMap<String, Seen> seen = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final Clock clock;

    TokenGenerations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The account's current generation; empty when there is no such enabled account. */
    OptionalInt current(String username) {
        var now = clock.millis();
        var known = seen.get(username);
        if (known != null && now - known.at() < FRESH.toMillis()) return known.generation();
        var generation = jdbc.sql("SELECT token_generation FROM accounts WHERE username = :u AND enabled")
                .param("u", username).query(Integer.class).optional()
                .map(OptionalInt::of).orElse(OptionalInt.empty());
        if (seen.size() > MAX_REMEMBERED) seen.clear();
        seen.put(username, new Seen(generation, now));
        return generation;
    }

    /** Every API token issued to the account until now is refused from now on. */
    public void revokeAll(String username) {
        jdbc.sql("UPDATE accounts SET token_generation = token_generation + 1 WHERE username = :u")
                .param("u", username).update();
        seen.remove(username);
    }

    /** Refuses a token of an earlier generation (signed out everywhere since) or of a disabled account. */
    OAuth2TokenValidatorResult ofTheCurrentGeneration(Jwt jwt) {
        var claimed = jwt.getClaims().get(ApiTokens.GENERATION) instanceof Number n
                ? OptionalInt.of(n.intValue()) : OptionalInt.empty();
        var current = jwt.getSubject() == null ? OptionalInt.empty() : current(jwt.getSubject());
        return claimed.isPresent() && claimed.equals(current)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "token revoked", null));
    }
}
