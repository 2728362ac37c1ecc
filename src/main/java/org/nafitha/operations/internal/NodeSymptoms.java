package org.nafitha.operations.internal;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.nafitha.operations.OperationsProperties;

/**
 * The signs {@link NodeWatchdog} looks for that the node cannot serve requests:
 * <ul>
 *   <li>requests in flight while none has finished for {@code stall-after}: the request threads
 *       cannot run (a node's worst failure is to stop answering with no error);</li>
 *   <li>threads deadlocked on monitors or locks;</li>
 *   <li>with virtual threads switched on, a virtual thread that does not start running within
 *       {@code carrier-wait}: every carrier is pinned or blocked (the hang of issue 30).</li>
 * </ul>
 */
final class NodeSymptoms {

    private final RequestProgress progress;
    private final OperationsProperties properties;
    private final boolean virtualThreads;

    NodeSymptoms(RequestProgress progress, OperationsProperties properties, boolean virtualThreads) {
        this.progress = progress;
        this.properties = properties;
        this.virtualThreads = virtualThreads;
    }

    /** @return the first sign found, said for the log, or null when the node looks well */
    @Nullable String find() {
        var reason = stalled();
        if (reason == null) reason = deadlocked();
        if (reason == null && virtualThreads) reason = carriersBlocked();
        return reason;
    }

    private @Nullable String stalled() {
        var oldest = progress.oldestStartNanos();
        if (oldest.isEmpty()) return null;
        var now = System.nanoTime();
        var limit = properties.stallAfter().toNanos();
        if (now - progress.lastFinishedNanos() < limit || now - oldest.getAsLong() < limit) return null;
        return String.format(Locale.ROOT, "%d requests in flight and none finished for %.1f s", progress.inFlight(),
                (now - progress.lastFinishedNanos()) / 1e9);
    }

    private static @Nullable String deadlocked() {
        var threads = ManagementFactory.getThreadMXBean();
        var ids = threads.findDeadlockedThreads();
        if (ids == null) return null;
        var names = Arrays.stream(threads.getThreadInfo(ids)).filter(Objects::nonNull)
                .map(t -> t.getThreadName() + " waiting for " + t.getLockName() + " held by " + t.getLockOwnerName())
                .collect(Collectors.joining("; "));
        return "threads deadlocked: " + names;
    }

    private @Nullable String carriersBlocked() {
        var ran = new CountDownLatch(1);
        Thread.ofVirtual().name("watchdog-probe").start(ran::countDown);
        try {
            if (ran.await(properties.carrierWait().toMillis(), TimeUnit.MILLISECONDS)) return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        return "a virtual thread did not start within %d s: every carrier thread is blocked"
                .formatted(properties.carrierWait().toSeconds());
    }
}
