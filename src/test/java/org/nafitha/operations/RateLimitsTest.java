package org.nafitha.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Rate limits agree across the nodes of a cluster: they are counted in the one database. */
@NafithaTest
class RateLimitsTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private final Clock frozen = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void threeNodesTakingAtOnceFromOneBucketGiveOutExactlyItsCapacity() throws InterruptedException {
        var nodes = new RateLimits[] {node(frozen), node(frozen), node(frozen)};
        var key = "verify|203.0.113.9|" + UUID.randomUUID();
        var granted = new AtomicInteger();
        var start = new CountDownLatch(1);
        var threads = new ArrayList<Thread>();
        for (int t = 0; t < 9; t++) {
            var node = nodes[t % nodes.length];
            threads.add(Thread.ofPlatform().start(() -> {
                await(start);
                for (int i = 0; i < 10; i++) if (node.tryTake(key, 30, Duration.ofMinutes(1))) granted.incrementAndGet();
            }));
        }
        start.countDown();
        for (var thread : threads) thread.join();
        assertThat(granted.get()).as("90 attempts on three nodes, 30 allowed in all").isEqualTo(30);
    }

    @Test
    void aBucketRefillsEvenlyAndNeverAboveItsCapacityOnAnyNode() {
        var key = "booking-account|1000000008|" + UUID.randomUUID();
        var now = Instant.parse("2026-12-05T10:00:00Z");
        var a = node(Clock.fixed(now, ZoneOffset.UTC));
        for (int i = 0; i < 6; i++) assertThat(a.tryTake(key, 6, Duration.ofMinutes(1))).isTrue();
        assertThat(a.tryTake(key, 6, Duration.ofMinutes(1))).isFalse();
        var b = node(Clock.fixed(now.plusMillis(10_100), ZoneOffset.UTC));
        assertThat(b.tryTake(key, 6, Duration.ofMinutes(1))).as("a sixth of a minute gives one back, on another node too").isTrue();
        assertThat(b.tryTake(key, 6, Duration.ofMinutes(1))).isFalse();
        var c = node(Clock.fixed(now.plus(Duration.ofHours(1)), ZoneOffset.UTC));
        for (int i = 0; i < 6; i++) assertThat(c.tryTake(key, 6, Duration.ofMinutes(1))).isTrue();
        assertThat(c.tryTake(key, 6, Duration.ofMinutes(1))).as("an hour's rest fills it to six, not more").isFalse();
    }

    @Test
    void aBucketStampedFarInThisNodesFutureStartsFullInsteadOfLockingTheClientOut() {
        var key = "booking-account|1000000008|" + UUID.randomUUID();
        var now = Instant.parse("2026-12-05T10:00:00Z");
        var ahead = node(Clock.fixed(now.plus(Duration.ofDays(3)), ZoneOffset.UTC));
        for (int i = 0; i < 6; i++) assertThat(ahead.tryTake(key, 6, Duration.ofMinutes(1))).isTrue();
        assertThat(ahead.tryTake(key, 6, Duration.ofMinutes(1))).isFalse();
        var behind = node(Clock.fixed(now, ZoneOffset.UTC));
        for (int i = 0; i < 6; i++) {
            assertThat(behind.tryTake(key, 6, Duration.ofMinutes(1))).as("a clock three days behind, take %d", i).isTrue();
        }
        assertThat(behind.tryTake(key, 6, Duration.ofMinutes(1))).as("still never more than the capacity").isFalse();
        var slightlyBehind = node(Clock.fixed(now.minusSeconds(20), ZoneOffset.UTC));
        assertThat(slightlyBehind.tryTake(key, 6, Duration.ofMinutes(1)))
                .as("a clock a few seconds behind does not reset the bucket").isFalse();
    }

    @Test
    void aRefusalInsideTheCallersTransactionLeavesThatTransactionUsable() {
        var key = "verify|" + UUID.randomUUID();
        var node = node(frozen);
        var rows = new TransactionTemplate(transactions).execute(status -> {
            node.tryTake(key, 1, Duration.ofMinutes(1));
            assertThat(node.tryTake(key, 1, Duration.ofMinutes(1))).isFalse();
            return jdbc.sql("SELECT count(*) FROM rate_limit_buckets WHERE bucket = :key").param("key", key).query(Long.class).single();
        });
        assertThat(rows).isEqualTo(1);
    }

    @Test
    void aVeryLongKeyIsKeptAsItsDigest() {
        var key = "verify|" + "x".repeat(5_000);
        var node = node(frozen);
        assertThat(node.tryTake(key, 1, Duration.ofMinutes(1))).isTrue();
        assertThat(node.tryTake(key, 1, Duration.ofMinutes(1))).isFalse();
    }

    private RateLimits node(Clock clock) {
        return new RateLimits(jdbc, transactions, clock);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
