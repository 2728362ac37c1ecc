package org.nafitha.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The sending backlog Prometheus reads, per channel: {@code nafitha_notifications_backlog} (messages
 * waiting or being sent) and {@code nafitha_notifications_oldest_waiting_seconds} (how long the
 * oldest has waited — an SMS centre that stopped answering shows here before citizens call). The
 * same on every node; refreshed every half minute from the sender's own index.
 */
@Component
class NotificationMetrics {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MultiGauge backlog;
    private final MultiGauge oldest;

    NotificationMetrics(MeterRegistry registry, JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.backlog = MultiGauge.builder("nafitha.notifications.backlog")
                .description("Messages waiting to be sent or being sent, by channel").register(registry);
        this.oldest = MultiGauge.builder("nafitha.notifications.oldest.waiting")
                .description("How long the oldest waiting message has waited, by channel").baseUnit("seconds")
                .register(registry);
    }

    @Scheduled(fixedDelayString = "${nafitha.notifications.metrics-every:30s}",
            initialDelayString = "${nafitha.notifications.metrics-every:30s}")
    void refresh() {
        var now = clock.instant();
        var rows = jdbc.sql("""
                        SELECT channel, COUNT(*), MIN(created_at) FROM notification_messages
                        WHERE status IN ('PENDING', 'SENDING') GROUP BY channel""")
                .query((rs, n) -> new Waiting(rs.getString(1), rs.getLong(2),
                        Duration.between(rs.getObject(3, OffsetDateTime.class).toInstant(), now).toSeconds()))
                .list();
        backlog.register(rows.stream().map(w -> MultiGauge.Row.of(Tags.of("channel", w.channel()), w.count()))
                .toList(), true);
        oldest.register(rows.stream().map(w -> MultiGauge.Row.of(Tags.of("channel", w.channel()), w.seconds()))
                .toList(), true);
    }

    private record Waiting(String channel, long count, long seconds) {
    }
}
