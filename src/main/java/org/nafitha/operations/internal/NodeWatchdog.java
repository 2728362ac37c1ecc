package org.nafitha.operations.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

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

/**
 * Tells the liveness probe the truth about the request threads. On a platform thread of its own
 * (never one of the pools it watches) it looks every few seconds for the {@link NodeSymptoms}.
 * Found broken, the node's liveness turns BROKEN (the probe answers 503, an orchestrator restarts
 * it) and a thread dump with virtual threads is written to {@code dump-dir}; when work moves again
 * liveness turns CORRECT.
 */
@Component
class NodeWatchdog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NodeWatchdog.class);

    private final NodeSymptoms symptoms;
    private final OperationsProperties properties;
    private final ApplicationEventPublisher events;
    private @Nullable ScheduledExecutorService timer;
    private volatile @Nullable String broken;

    NodeWatchdog(RequestProgress progress, OperationsProperties properties, ApplicationEventPublisher events,
                 Environment environment) {
        this.symptoms = new NodeSymptoms(progress, properties,
                environment.getProperty("spring.threads.virtual.enabled", Boolean.class, false));
        this.properties = properties;
        this.events = events;
    }

    /** One look; public to the package so tests need not wait for the timer. @return why the node is broken, or null */
    @Nullable String check() {
        var reason = symptoms.find();
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
