package org.nafitha.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nafitha.NafithaTest;
import org.nafitha.TestClock;
import org.nafitha.issuance.internal.VerificationThrottle;
import org.springframework.beans.factory.annotation.Autowired;

@NafithaTest
class VerificationThrottleTest {

    @Autowired
    TestClock clock;
    @Autowired
    VerificationThrottle throttle;
    @Autowired
    IssuanceProperties properties;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aClientGetsItsAllowanceThenWaitsForTokensToRefill() {
        var perMinute = properties.verificationsPerMinute();
        var client = "203.0.113." + UUID.randomUUID();
        var another = "198.51.100." + UUID.randomUUID();
        for (int i = 0; i < perMinute; i++) assertThat(throttle.tryAcquire(client)).isTrue();
        assertThat(throttle.tryAcquire(client)).isFalse();
        assertThat(throttle.tryAcquire(another)).as("another client has its own bucket").isTrue();
        clock.advance(Duration.ofMillis(60_000 / perMinute + 100));
        assertThat(throttle.tryAcquire(client)).as("one token back after its share of the minute").isTrue();
        assertThat(throttle.tryAcquire(client)).isFalse();
        clock.advance(Duration.ofMinutes(10));
        for (int i = 0; i < perMinute; i++) assertThat(throttle.tryAcquire(client)).isTrue();
        assertThat(throttle.tryAcquire(client)).as("never more than the allowance at once").isFalse();
    }
}
