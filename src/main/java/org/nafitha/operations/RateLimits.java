package org.nafitha.operations;

import java.time.Clock;
import java.time.Duration;

import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rate limits counted in the database, so that every node of a cluster agrees: a client that
 * spreads its requests over three nodes gets the same allowance as on one. Each key has a token
 * bucket of {@code capacity} tokens refilled evenly over {@code per}; taking a token is one
 * conditional update (the row lock orders concurrent takers), in a transaction of its own so that a
 * refusal never disturbs the caller's.
 */
@Component
public class RateLimits {

    private static final int MAX_KEY = 200;

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    RateLimits(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Takes a token from the bucket of {@code key}; false when it is empty. */
    public boolean tryTake(String key, int capacity, Duration per) {
        var bucket = key.length() <= MAX_KEY ? key : digest(key);
        var now = clock.millis();
        var rate = capacity / (double) Math.max(1, per.toMillis());
        Boolean taken = ownTransaction.execute(status -> {
            forgetIfStampedAhead(bucket, capacity, now, per);
            return take(bucket, capacity, rate, now);
        });
        return Boolean.TRUE.equals(taken);
    }

    /**
     * A bucket last taken from more than {@code per} in this node's future was stamped by a clock that
     * is not this one (a node whose clock runs ahead, or a clock set back): counting refills from that
     * stamp would refuse the client until this clock catches up. It starts full again instead.
     */
    private void forgetIfStampedAhead(String bucket, int capacity, long now, Duration per) {
        jdbc.sql("""
                        UPDATE rate_limit_buckets SET tokens = :capacity, taken_at = :now, full_at = :now
                         WHERE bucket = :bucket AND taken_at > :ahead""")
                .param("capacity", (double) capacity).param("now", now).param("bucket", bucket)
                .param("ahead", now + per.toMillis()).update();
    }

    private boolean take(String bucket, int capacity, double rate, long now) {
        for (int attempt = 0; attempt < 2; attempt++) {
            // explicit casts: H2 would otherwise give a parameter the type of the column beside it
            var updated = jdbc.sql("""
                            UPDATE rate_limit_buckets
                               SET tokens = LEAST(CAST(:capacity AS DOUBLE PRECISION),
                                                  tokens + GREATEST(0, CAST(:now AS BIGINT) - taken_at) * CAST(:rate AS DOUBLE PRECISION)) - 1,
                                   taken_at = CAST(:now AS BIGINT),
                                   full_at = CAST(:now AS BIGINT) + CAST((CAST(:capacity AS DOUBLE PRECISION) + 1
                                             - LEAST(CAST(:capacity AS DOUBLE PRECISION),
                                                     tokens + GREATEST(0, CAST(:now AS BIGINT) - taken_at) * CAST(:rate AS DOUBLE PRECISION)))
                                             / CAST(:rate AS DOUBLE PRECISION) AS BIGINT)
                             WHERE bucket = :bucket
                               AND LEAST(CAST(:capacity AS DOUBLE PRECISION),
                                         tokens + GREATEST(0, CAST(:now AS BIGINT) - taken_at) * CAST(:rate AS DOUBLE PRECISION)) >= 1
                            """)
                    .param("capacity", (double) capacity).param("now", now).param("rate", rate).param("bucket", bucket)
                    .update();
            if (updated == 1) return true;
            var created = jdbc.sql("""
                            INSERT INTO rate_limit_buckets (bucket, tokens, taken_at, full_at)
                            VALUES (:bucket, :tokens, :now, :fullAt)
                            ON CONFLICT DO NOTHING
                            """)
                    .param("bucket", bucket).param("tokens", capacity - 1.0).param("now", now)
                    .param("fullAt", now + (long) (1 / rate)).update();
            if (created == 1) return true;
            // there is a bucket: either it is empty, or another node created it just now (look once more)
        }
        return false;
    }

    /** Buckets full again are the same as none: forget them. Harmless when several nodes do it. */
    @Scheduled(fixedDelayString = "${nafitha.operations.rate-limit-cleanup:PT10M}", initialDelayString = "PT1M")
    void forgetFullBuckets() {
        jdbc.sql("DELETE FROM rate_limit_buckets WHERE full_at < :now").param("now", clock.millis()).update();
    }

    private static String digest(String key) {
        return "sha256:" + DigestUtils.sha256Hex(key);
    }
}
