package org.nafitha.analytics.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.nafitha.country.Calendars;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Each dependency's state, from Spring Boot's health indicators (the database, mail, disk and
 * whatever a module registers), now and over the last 90 days. Every node runs the check on
 * schedule; the slot is claimed by a primary key, so of several nodes exactly one records it.
 */
@Service
public class StatusChecks {

    public static final int HISTORY_DAYS = 90;
    public enum State { UP, DOWN, UNKNOWN }

    public record Day(LocalDate day, int checks, int failures) {
    }

    public record Component(String name, State now, List<Day> days) {

        /** The share of checks that found it up, over the days kept; null before the first check. */
        public Double availability() {
            int checks = days.stream().mapToInt(Day::checks).sum();
            int failures = days.stream().mapToInt(Day::failures).sum();
            return checks == 0 ? null : Math.round(10_000.0 * (checks - failures) / checks) / 100.0;
        }
    }

    private final DependencyStates states;
    private final StatusHistory history;
    private final JdbcClient jdbc;
    private final Calendars calendars;
    private final Clock clock;
    private final TransactionOperations transactions;
    private final String node = UUID.randomUUID().toString();

    StatusChecks(ObjectProvider<HealthContributorRegistry> registry, JdbcClient jdbc, Calendars calendars, Clock clock,
                 TransactionOperations transactions) {
        this.states = new DependencyStates(registry);
        this.history = new StatusHistory(jdbc);
        this.jdbc = jdbc;
        this.calendars = calendars;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** Each dependency's state now, by name. */
    public Map<String, State> now() {
        return states.now();
    }

    @Scheduled(fixedDelayString = "${nafitha.analytics.status-every:5m}", initialDelayString = "30s")
    void onSchedule() {
        record(Duration.ofMinutes(5));
    }

    /**
     * Checks and records once per slot of {@code every}: the first node to claim the slot records,
     * the others find it taken. Returns whether this node recorded. In a transaction of its own whoever
     * calls: the timer calls on the object itself, where an {@code @Transactional} is skipped, and a slot
     * claimed by a node that then failed half-way would have stayed claimed with nothing recorded.
     */
    public boolean record(Duration every) {
        return Boolean.TRUE.equals(transactions.execute(status -> recordNow(every)));
    }

    private boolean recordNow(Duration every) {
        var now = clock.instant();
        var slot = Instant.ofEpochMilli(now.toEpochMilli() - now.toEpochMilli() % every.toMillis());
        var claimed = jdbc.sql("INSERT INTO analytics_status_slots (slot_start, node) VALUES (:slot, :node) ON CONFLICT DO NOTHING")
                .param("slot", Timestamp.from(slot)).param("node", node).update() == 1;
        if (!claimed) return false;
        var today = calendars.today(clock);
        now().forEach((name, state) -> {
            jdbc.sql("""
                            INSERT INTO analytics_status_days (component, checked_on, checks, failures)
                            VALUES (:c, :d, 0, 0) ON CONFLICT DO NOTHING""")
                    .param("c", name).param("d", today).update();
            jdbc.sql("""
                            UPDATE analytics_status_days SET checks = checks + 1, failures = failures + :f
                            WHERE component = :c AND checked_on = :d""")
                    .param("f", state == State.DOWN ? 1 : 0).param("c", name).param("d", today).update();
        });
        jdbc.sql("DELETE FROM analytics_status_days WHERE checked_on < :d").param("d", today.minusDays(HISTORY_DAYS)).update();
        jdbc.sql("DELETE FROM analytics_status_slots WHERE slot_start < :s")
                .param("s", Timestamp.from(now.minus(Duration.ofDays(2)))).update();
        return true;
    }

    /** Every dependency known now or in the history, with its state now and its last 90 days. */
    public List<Component> components() {
        var today = calendars.today(clock);
        var history = this.history.days(today);
        var now = now();
        var names = new TreeSet<String>(now.keySet());
        names.addAll(history.keySet());
        return names.stream().map(n -> new Component(n, now.getOrDefault(n, State.UNKNOWN),
                history.getOrDefault(n, List.of()))).toList();
    }
}
