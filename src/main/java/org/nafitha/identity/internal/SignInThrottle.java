package org.nafitha.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.IdentityProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account and per client address in the database, so the limit holds
 * across all nodes. An unknown username is counted exactly like a known one.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final IdentityProperties properties;

    SignInThrottle(JdbcClient jdbc, Clock clock, IdentityProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    boolean isBlocked(String username, @Nullable String address) {
        var since = Timestamp.from(clock.instant().minus(properties.throttleWindow()));
        long byAccount = jdbc.sql("""
                        SELECT COUNT(*) FROM sign_in_failures WHERE username = :u AND failed_at > :since""")
                .param("u", username).param("since", since).query(Long.class).single();
        if (byAccount >= properties.maxFailures()) return true;
        if (address == null) return false;
        long byAddress = jdbc.sql("""
                        SELECT COUNT(*) FROM sign_in_failures WHERE client_address = :a AND failed_at > :since""")
                .param("a", address).param("since", since).query(Long.class).single();
        return byAddress >= properties.maxFailuresPerAddress();
    }

    @Transactional
    void failed(String username, @Nullable String address) {
        jdbc.sql("INSERT INTO sign_in_failures (username, client_address, failed_at) VALUES (:u, :a, :at)")
                .param("u", username).param("a", address).param("at", Timestamp.from(clock.instant()))
                .update();
    }

    @Transactional
    void succeeded(String username) {
        jdbc.sql("DELETE FROM sign_in_failures WHERE username = :u").param("u", username).update();
    }
}
