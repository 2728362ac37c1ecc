package org.nafitha.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.nafitha.TestClock;
import org.nafitha.issuance.internal.VerificationThrottle;

class VerificationThrottleTest {

    private final TestClock clock = new TestClock();

    private VerificationThrottle throttle(int perMinute) {
        var properties = new IssuanceProperties(null, null, null, java.nio.file.Path.of("target/keys"), "http://localhost",
                "وزارة الداخلية", "Ministry of Interior", perMinute, null, Duration.ofMinutes(5),
                java.math.BigDecimal.TEN, java.util.List.of(), 5);
        return new VerificationThrottle(properties, clock);
    }

    @Test
    void aClientGetsItsAllowanceThenWaitsForTokensToRefill() {
        var throttle = throttle(5);
        for (int i = 0; i < 5; i++) assertThat(throttle.tryAcquire("203.0.113.7")).isTrue();
        assertThat(throttle.tryAcquire("203.0.113.7")).isFalse();
        assertThat(throttle.tryAcquire("198.51.100.4")).as("another client has its own bucket").isTrue();
        clock.advance(Duration.ofSeconds(13));
        assertThat(throttle.tryAcquire("203.0.113.7")).as("one token back after a fifth of a minute").isTrue();
        assertThat(throttle.tryAcquire("203.0.113.7")).isFalse();
        clock.advance(Duration.ofMinutes(10));
        for (int i = 0; i < 5; i++) assertThat(throttle.tryAcquire("203.0.113.7")).isTrue();
        assertThat(throttle.tryAcquire("203.0.113.7")).as("never more than the allowance at once").isFalse();
    }
}
