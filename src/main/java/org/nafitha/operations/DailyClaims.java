package org.nafitha.operations;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * What is done once a day across all nodes at an hour of the country's day — a daily report
 * announced: every node asks, the day's row is claimed by its primary key, so exactly one node
 * gets it, and a node started after the hour still claims a day nobody claimed. The table holds
 * {@code report_day} (primary key), {@code sent_at}, {@code node} and {@code recipients}.
 */
@Component
public class DailyClaims {

    /** The tables that keep such days (named here so that no other text reaches the SQL). */
    private static final Set<String> TABLES = Set.of("analytics_daily_reports", "municipal_daily_reports");

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionOperations transactions;
    private final String node = UUID.randomUUID().toString();

    DailyClaims(JdbcClient jdbc, ApplicationEventPublisher events, TransactionOperations transactions) {
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = transactions;
    }

    /** The event that announces a day claimed to its recipients. */
    @FunctionalInterface
    public interface Announcement {
        Object of(LocalDate day, List<String> recipients, Instant at);
    }

    /**
     * Claims the day before {@code now}'s date in {@code table} (as {@link #claimYesterday}) and publishes
     * the event {@code announcement} makes of it, in a transaction of its own whoever calls. A timer calls
     * its bean's method on the object itself, where an {@code @Transactional} is skipped: the event was
     * published outside any transaction, and its listeners heard of it only when the outbox's recovery
     * found it five minutes later.
     *
     * @return the day claimed and announced; empty when it is not time yet or another node (or call) claimed it
     */
    public Optional<LocalDate> announceYesterday(String table, ZonedDateTime now, LocalTime at, List<String> recipients,
                                                 Announcement announcement) {
        return transactions.execute(status -> {
            var day = claimYesterday(table, now, at, recipients.size());
            day.ifPresent(d -> events.publishEvent(announcement.of(d, recipients, now.toInstant())));
            return day;
        });
    }

    /**
     * Claims the day before {@code now}'s date in {@code table}, once {@code now} is past {@code at}.
     *
     * @return the day claimed; empty when it is not time yet or another node (or call) claimed it
     */
    private Optional<LocalDate> claimYesterday(String table, ZonedDateTime now, LocalTime at, int recipients) {
        if (!TABLES.contains(table)) throw new IllegalArgumentException("Not a table of daily claims: " + table);
        if (now.toLocalTime().isBefore(at)) return Optional.empty();
        var day = now.toLocalDate().minusDays(1);
        var claimed = jdbc.sql("INSERT INTO " + table + """
                         (report_day, sent_at, node, recipients) VALUES (:day, :at, :node, :recipients)
                        ON CONFLICT DO NOTHING""")
                .param("day", day).param("at", Timestamp.from(now.toInstant())).param("node", node)
                .param("recipients", recipients).update() == 1;
        return claimed ? Optional.of(day) : Optional.empty();
    }
}
