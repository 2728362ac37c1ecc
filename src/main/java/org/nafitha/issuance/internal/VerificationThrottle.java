package org.nafitha.issuance.internal;

import java.time.Duration;

import org.nafitha.issuance.IssuanceProperties;
import org.nafitha.operations.RateLimits;
import org.springframework.stereotype.Component;

/**
 * Verification look-ups per client address: {@code verificationsPerMinute} at once, refilled
 * evenly over a minute. With 75 random bits per code the limit is a brake on scraping, not the
 * defence against guessing; it is counted in the shared database so that a cluster of N nodes
 * allows what one node allows, not N times as much.
 */
@Component
public class VerificationThrottle {

    private final RateLimits limits;
    private final int perMinute;

    public VerificationThrottle(IssuanceProperties properties, RateLimits limits) {
        this.limits = limits;
        this.perMinute = Math.max(1, properties.verificationsPerMinute());
    }

    /** Takes a token for this client; false when its bucket is empty. */
    public boolean tryAcquire(String client) {
        return limits.tryTake("verify|" + client, perMinute, Duration.ofMinutes(1));
    }
}
