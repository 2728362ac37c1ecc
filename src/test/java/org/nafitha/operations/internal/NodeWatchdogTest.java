package org.nafitha.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.operations.OperationsProperties;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.mock.env.MockEnvironment;

/** The watchdog finds each way a node stops serving, says which, keeps a thread dump, and recovers. */
class NodeWatchdogTest {

    @TempDir
    Path dumps;

    private final List<Object> published = new ArrayList<>();
    private final RequestProgress progress = new RequestProgress();

    private NodeWatchdog watchdog(boolean virtualThreads) {
        var environment = new MockEnvironment().withProperty("spring.threads.virtual.enabled", String.valueOf(virtualThreads));
        return new NodeWatchdog(progress, new OperationsProperties(Duration.ofSeconds(1), Duration.ofMillis(200),
                Duration.ofSeconds(2), dumps, null, null), published::add, environment);
    }

    private List<LivenessState> liveness() {
        return published.stream().filter(AvailabilityChangeEvent.class::isInstance)
                .map(e -> (LivenessState) ((AvailabilityChangeEvent<?>) e).getState()).toList();
    }

    @Test
    void requestsInFlightWithNoneFinishingMakeTheNodeBrokenUntilOneFinishes() throws Exception {
        var watchdog = watchdog(false);
        var stuck = progress.started();
        assertThat(watchdog.check()).isNull();
        Thread.sleep(300);

        assertThat(watchdog.check()).contains("1 requests in flight and none finished");
        assertThat(liveness()).containsExactly(LivenessState.BROKEN);
        try (var files = Files.list(dumps)) {
            var dump = files.findFirst().orElseThrow();
            assertThat(Files.readString(dump)).contains("Thread.run").contains("main");
        }
        watchdog.check();
        assertThat(liveness()).as("said once, not on every look").containsExactly(LivenessState.BROKEN);

        progress.finished(stuck);
        assertThat(watchdog.check()).isNull();
        assertThat(liveness()).containsExactly(LivenessState.BROKEN, LivenessState.CORRECT);
    }

    @Test
    void oneLongRequestWhileOthersFinishIsNotAStall() throws Exception {
        var watchdog = watchdog(false);
        progress.started();
        Thread.sleep(300);
        progress.finished(progress.started());

        assertThat(watchdog.check()).isNull();
        assertThat(liveness()).isEmpty();
    }

    @Test
    void deadlockedThreadsAreNamed() throws Exception {
        var watchdog = watchdog(false);
        var first = new ReentrantLock();
        var second = new ReentrantLock();
        var bothHoldOne = new CountDownLatch(2);
        var a = Thread.ofPlatform().name("deadlock-a").start(() -> crossLock(first, second, bothHoldOne));
        var b = Thread.ofPlatform().name("deadlock-b").start(() -> crossLock(second, first, bothHoldOne));
        try {
            String reason = null;
            for (int i = 0; i < 50 && reason == null; i++) {
                Thread.sleep(50);
                reason = watchdog.check();
            }
            assertThat(reason).startsWith("threads deadlocked").contains("deadlock-a").contains("deadlock-b");
            assertThat(liveness()).containsExactly(LivenessState.BROKEN);
        } finally {
            a.interrupt();
            b.interrupt();
            a.join();
            b.join();
        }
        assertThat(watchdog.check()).isNull();
        assertThat(liveness()).containsExactly(LivenessState.BROKEN, LivenessState.CORRECT);
    }

    private static void crossLock(ReentrantLock mine, ReentrantLock theirs, CountDownLatch bothHoldOne) {
        try {
            mine.lockInterruptibly();
            try {
                bothHoldOne.countDown();
                bothHoldOne.await();
                theirs.lockInterruptibly();
                theirs.unlock();
            } finally {
                mine.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The hang of issue 30 in miniature: virtual threads initialising a class whose initialiser
     * waits are pinned to their carriers; with every carrier pinned, no other virtual thread runs.
     */
    @Test
    void everyCarrierPinnedIsFoundWhenVirtualThreadsAreOn() throws Exception {
        var watchdog = watchdog(true);
        int carriers = Integer.getInteger("jdk.virtualThreadScheduler.parallelism", Runtime.getRuntime().availableProcessors());
        var pinned = new ArrayList<Thread>();
        for (int i = 0; i < carriers; i++) pinned.add(Thread.ofVirtual().start(() -> SlowToInitialise.touch()));
        try {
            SlowToInitialise.entered.await();
            Thread.sleep(200);

            assertThat(watchdog.check()).contains("every carrier thread is blocked");
            assertThat(liveness()).containsExactly(LivenessState.BROKEN);
        } finally {
            SlowToInitialise.release.countDown();
            for (var t : pinned) t.join();
        }
        assertThat(watchdog.check()).isNull();
        assertThat(liveness()).containsExactly(LivenessState.BROKEN, LivenessState.CORRECT);
    }

    static final class SlowToInitialise {
        static final CountDownLatch entered = new CountDownLatch(1);
        static final CountDownLatch release = new CountDownLatch(1);

        static void touch() {
            Holder.VALUE.length();
        }

        static final class Holder {
            static final String VALUE;

            static {
                entered.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                VALUE = "initialised";
            }
        }
    }
}
