package org.nafitha.operations.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.nafitha.operations.OperationsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.util.Locale;
import java.util.Objects;

/**
 * Tells the liveness probe the truth about the request threads. On a platform thread of its own
 * (never one of the pools it watches) it looks every few seconds for:
 * <ul>
 *   <li>requests in flight while none has finished for {@code stall-after}: the request threads
 *       cannot run (a node's worst failure is to stop answering with no error);</li>
 *   <li>threads deadlocked on monitors or locks;</li>
 *   <li>with virtual threads switched on, a virtual thread that does not start running within
 *       {@code carrier-wait}: every carrier is pinned or blocked (the hang of issue 30).</li>
 * </ul>
 * Found broken, the node's liveness turns BROKEN (the probe answers 503, an orchestrator restarts
 * it) and a thread dump with virtual threads is written to {@code dump-dir}; when work moves again
 * liveness turns CORRECT.
 */
@Component
class NodeWatchdog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NodeWatchdog.class);

    private final RequestProgress progress;
    private final OperationsProperties properties;
    private final ApplicationEventPublisher events;
    private final boolean virtualThreads;
    private @Nullable ScheduledExecutorService timer;
    private volatile @Nullable String broken;

    NodeWatchdog(RequestProgress progress, OperationsProperties properties, ApplicationEventPublisher events,
                 Environment environment) {
        this.progress = progress;
        this.properties = properties;
        this.events = events;
        this.virtualThreads = environment.getProperty("spring.threads.virtual.enabled", Boolean.class, false);
    }

    /** One look; public to the package so tests need not wait for the timer. @return why the node is broken, or null */
    @Nullable String check() {
        var reason = stalled();
        if (reason == null) reason = deadlocked();
        if (reason == null && virtualThreads) reason = carriersBlocked();
        if (reason != null && broken == null) {
            broken = reason;
            var dump = dumpThreads();
            log.error("This node cannot serve requests: {}. Liveness is BROKEN; thread dump: {}", reason,
                    dump == null ? "could not be written" : dump.toAbsolutePath());
            AvailabilityChangeEvent.publish(events, this, LivenessState.BROKEN);
        } else if (reason == null && broken != null) {
            log.warn("Requests are served again (was: {}). Liveness is CORRECT", broken);
            broken = null;
            AvailabilityChangeEvent.publish(events, this, LivenessState.CORRECT);
        }
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

    /** A dump of every thread, virtual ones included (what {@code jcmd PID Thread.dump_to_file} writes). */
    @Nullable Path dumpThreads() {
        try {
            Files.createDirectories(properties.dumpDir());
            var file = properties.dumpDir().resolve("threads-" + Instant.now().toString().replace(':', '-') + ".txt")
                    .toAbsolutePath();
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .dumpThreads(file.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.TEXT_PLAIN);
            return file;
        } catch (IOException | RuntimeException e) {
            log.warn("Thread dump not written to {}: {}", properties.dumpDir(), e.toString());
            return null;
        }
    }

    @Override
    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("node-watchdog").daemon().factory());
        var every = properties.checkEvery().toMillis();
        timer.scheduleWithFixedDelay(() -> {
            try {
                check();
            } catch (RuntimeException e) {
                log.warn("The node watchdog's check failed", e);
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (timer != null) timer.shutdownNow();
        timer = null;
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }
}
