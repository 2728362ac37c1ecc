package org.nafitha.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nafitha.NafithaTest;
import org.nafitha.TestClock;
import org.nafitha.identity.IdentityProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The failed sign-in limits per account and per client address, with limits of their own (the
 * suite's are out of reach: every test shares one database and one address).
 */
@NafithaTest
class SignInThrottleTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    SignInThrottle throttle;

    @BeforeEach
    void throttle() {
        throttle = new SignInThrottle(jdbc, clock, new IdentityProperties(null, Path.of("target"),
                Duration.ofMinutes(30), 3, 5, Duration.ofMinutes(15), 10, "national_id"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAccountIsRefusedAfterItsFailuresUntilTheWindowPassesOrAGoodPassword() {
        var account = "probe-" + UUID.randomUUID();
        var address = "203.0.113." + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.isBlocked(account, address)).isFalse();
            throttle.failed(account, address);
        }
        assertThat(throttle.isBlocked(account, address)).isTrue();
        assertThat(throttle.isBlocked(account, "198.51.100." + UUID.randomUUID()))
                .as("the account is refused from any address").isTrue();
        assertThat(throttle.isBlocked("other-" + UUID.randomUUID(), "198.51.100." + UUID.randomUUID())).isFalse();
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.isBlocked(account, address)).as("the window has passed").isFalse();
        clock.reset();
        throttle.succeeded(account);
        assertThat(throttle.isBlocked(account, address)).as("a good password clears the count").isFalse();
    }

    @Test
    void anAddressTryingManyAccountsIsRefusedForEveryAccount() {
        var address = "203.0.113." + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            var account = "spray-" + UUID.randomUUID();
            assertThat(throttle.isBlocked(account, address)).isFalse();
            throttle.failed(account, address);
        }
        assertThat(throttle.isBlocked("spray-" + UUID.randomUUID(), address))
                .as("an address spraying passwords over many accounts").isTrue();
        assertThat(throttle.isBlocked("spray-" + UUID.randomUUID(), "198.51.100." + UUID.randomUUID()))
                .as("another address is not refused").isFalse();
    }
}
