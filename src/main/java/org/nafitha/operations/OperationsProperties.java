package org.nafitha.operations;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the node watches itself.
 *
 * @param checkEvery how often the watchdog looks (on a platform thread of its own)
 * @param stallAfter requests in flight and none finished for this long: the request threads cannot run
 * @param carrierWait how long a virtual thread may take to start running before the carriers count as blocked
 *                    (only looked at when virtual threads are switched on)
 * @param dumpDir    where the thread dump of a node found broken is written
 * @param retryAfter what a request that met the database away is told to wait (503 with {@code Retry-After})
 * @param metricsFrom the client addresses (a regular expression) that may read {@code /actuator/prometheus};
 *                    everyone else gets 404. Loopback by default: Prometheus scrapes each node from beside it.
 */
@ConfigurationProperties("nafitha.operations")
public record OperationsProperties(@Nullable Duration checkEvery, @Nullable Duration stallAfter,
                                   @Nullable Duration carrierWait, @Nullable Path dumpDir,
                                   @Nullable Duration retryAfter, @Nullable Pattern metricsFrom) {

    public OperationsProperties {
        if (checkEvery == null) checkEvery = Duration.ofSeconds(5);
        if (stallAfter == null) stallAfter = Duration.ofMinutes(2);
        if (carrierWait == null) carrierWait = Duration.ofSeconds(10);
        if (dumpDir == null) dumpDir = Path.of("./data/thread-dumps");
        if (retryAfter == null) retryAfter = Duration.ofSeconds(5);
        if (metricsFrom == null) metricsFrom = Pattern.compile("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1|::1");
    }
}
