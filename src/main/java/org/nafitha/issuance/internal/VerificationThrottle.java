package org.nafitha.issuance.internal;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

import org.nafitha.issuance.IssuanceProperties;
import org.springframework.stereotype.Component;

/**
 * A token bucket per client address for verification look-ups: {@code verificationsPerMinute}
 * tokens, refilled continuously. Kept in memory on purpose: with 75 random bits per code the limit
 * is a brake on scraping, not the defence against guessing, so a per-node bucket (N nodes allow N
 * times the rate) is enough and costs no database round trip on a public, cacheable page.
 * Bucket4j would add distribution through a shared store; it is not worth a dependency here.
 */
@Component
public class VerificationThrottle {

    private static final int MAX_CLIENTS = 100_000;

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final double capacity;
    private final double perMilli;
    private final Clock clock;

    public VerificationThrottle(IssuanceProperties properties, Clock clock) {
        this.capacity = Math.max(1, properties.verificationsPerMinute());
        this.perMilli = capacity / 60_000.0;
        this.clock = clock;
    }

    /** Takes a token for this client; false when its bucket is empty. */
    public boolean tryAcquire(String client) {
        var now = clock.millis();
        if (buckets.size() > MAX_CLIENTS) buckets.values().removeIf(b -> b.fullAt(capacity, perMilli) <= now);
        var taken = new boolean[1];
        buckets.compute(client, (k, b) -> {
            var tokens = b == null ? capacity : Math.min(capacity, b.tokens + (now - b.at) * perMilli);
            taken[0] = tokens >= 1;
            return new Bucket(taken[0] ? tokens - 1 : tokens, now);
        });
        return taken[0];
    }

    private record Bucket(double tokens, long at) {
        long fullAt(double capacity, double perMilli) {
            return at + (long) ((capacity - tokens) / perMilli);
        }
    }
}
