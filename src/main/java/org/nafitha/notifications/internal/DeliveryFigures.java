package org.nafitha.notifications.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.analytics.FiguresFromElsewhere;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many messages went out in a period by each channel and how many arrived: for SMS the share the
 * operator's delivery receipts confirm (of those with an answer either way), for e-mail and push the
 * share the mail server or the push service accepted. Messages carry no department, so the figures are
 * for every service.
 */
@Component
class DeliveryFigures implements FiguresFromElsewhere {

    private final JdbcClient jdbc;

    DeliveryFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Section figures(Instant from, Instant to, @Nullable String service, @Nullable String department,
                           @Nullable String office) {
        var counts = new EnumMap<Channel, Map<OutgoingMessage.Status, Long>>(Channel.class);
        jdbc.sql("""
                        SELECT channel, status, COUNT(*) FROM notification_messages
                        WHERE created_at >= :from AND created_at < :to GROUP BY channel, status""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> counts.computeIfAbsent(Channel.valueOf(rs.getString(1)),
                        c -> new EnumMap<>(OutgoingMessage.Status.class))
                        .put(OutgoingMessage.Status.valueOf(rs.getString(2)), rs.getLong(3)))
                .list();
        var figures = new ArrayList<Figure>();
        for (var channel : Channel.values()) {
            var of = counts.getOrDefault(channel, Map.of());
            long delivered = of.getOrDefault(OutgoingMessage.Status.DELIVERED, 0L);
            long accepted = of.getOrDefault(OutgoingMessage.Status.SUBMITTED, 0L);
            long failed = of.getOrDefault(OutgoingMessage.Status.FAILED, 0L)
                    + of.getOrDefault(OutgoingMessage.Status.UNDELIVERED, 0L);
            long sent = delivered + accepted + failed;
            var prefix = channel.name().toLowerCase(Locale.ROOT);
            figures.add(new Figure(prefix + ".sent", Unit.COUNT, (double) sent));
            // SMS: of the answered (receipt or refusal); the others: of the handed over
            long arrived = channel == Channel.SMS ? delivered : delivered + accepted;
            long answered = channel == Channel.SMS ? delivered + failed : sent;
            figures.add(new Figure(prefix + ".arrived", Unit.SHARE, answered == 0 ? null : (double) arrived / answered));
        }
        return new Section("notifications.figures", figures, false);
    }
}
