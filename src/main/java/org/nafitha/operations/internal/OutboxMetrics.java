package org.nafitha.operations.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The outbox as Prometheus reads it: {@code nafitha_outbox_incomplete} (events some module has not
 * yet handled — a listener that keeps failing makes it grow) and
 * {@code nafitha_outbox_oldest_incomplete_seconds}. Refreshed every half minute from the
 * publication registry's completion index; the same on every node.
 */
@Component
class OutboxMetrics {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AtomicLong incomplete = new AtomicLong();
    private final AtomicLong oldestSeconds = new AtomicLong();

    OutboxMetrics(MeterRegistry registry, JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        Gauge.builder("nafitha.outbox.incomplete", incomplete, AtomicLong::get)
                .description("Events published and not yet handled by every listener").register(registry);
        Gauge.builder("nafitha.outbox.oldest.incomplete", oldestSeconds, AtomicLong::get).baseUnit("seconds")
                .description("Age of the oldest event not yet handled").register(registry);
    }

    @Scheduled(fixedDelayString = "${nafitha.operations.metrics-every:30s}",
            initialDelayString = "${nafitha.operations.metrics-every:30s}")
    void refresh() {
        var now = clock.instant();
        jdbc.sql("SELECT COUNT(*), MIN(publication_date) FROM event_publication WHERE completion_date IS NULL")
                .query((rs, n) -> {
                    incomplete.set(rs.getLong(1));
                    var first = rs.getObject(2, OffsetDateTime.class);
                    oldestSeconds.set(first == null ? 0 : Duration.between(first.toInstant(), now).toSeconds());
                    return first;
                }).list();
    }
}
