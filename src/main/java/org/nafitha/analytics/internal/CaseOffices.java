package org.nafitha.analytics.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The office a case is counted under: the office of the last appointment booked for it, or none. When a
 * case's office changes, everything it added to the roll-ups (its submission, outcomes, decision time,
 * service level, rating) moves from its former office to the new one, on the days it was added, so that
 * each office's figures stay a count of its own cases.
 */
@Repository
class CaseOffices {

    private final JdbcClient jdbc;
    private final RollUps rollUps;
    private final DailyCounts daily;
    private final BacklogCounts backlog;

    CaseOffices(JdbcClient jdbc, RollUps rollUps, DailyCounts daily, BacklogCounts backlog) {
        this.jdbc = jdbc;
        this.rollUps = rollUps;
        this.daily = daily;
        this.backlog = backlog;
    }

    /**
     * The case is handled at {@code office} as of {@code at}: the latest told wins, whatever order the news
     * arrives in; told again, nothing changes.
     */
    void locate(String reference, String office, Instant at) {
        var told = jdbc.sql("""
                        INSERT INTO analytics_case_offices (case_reference, office, located_at) VALUES (:ref, :office, :at)
                        ON CONFLICT DO NOTHING""")
                .param("ref", reference).param("office", office).param("at", Timestamp.from(at)).update() == 1
                || jdbc.sql("""
                        UPDATE analytics_case_offices SET office = :office, located_at = :at
                        WHERE case_reference = :ref AND (located_at IS NULL OR located_at < :at)""")
                .param("ref", reference).param("office", office).param("at", Timestamp.from(at)).update() == 1;
        if (!told) return;
        var entered = rollUps.entered(reference);
        if (entered.isEmpty() || entered.get().dimensions().office().equals(office)) return;
        move(reference, entered.get(), office);
    }

    private void move(String reference, RollUps.Entered entered, String office) {
        var from = entered.dimensions();
        var to = from.withOffice(office);
        jdbc.sql("UPDATE analytics_cases SET office = :office WHERE case_reference = :ref")
                .param("office", office).param("ref", reference).update();
        moveCounters(from, to, rollUps.day(entered.submittedAt()), Map.of(DailyCounts.Counter.submitted, 1L));
        backlog.moved(from, to, entered.submittedAt(), entered.endedAt());
        for (var step : rollUps.bookedSteps(reference)) {
            var day = rollUps.day(step.at());
            switch (step.kind()) {
                case WITHDRAWN -> moveCounters(from, to, day, Map.of(DailyCounts.Counter.withdrawn, 1L));
                case COMPLETED, REFUSED -> {
                    var seconds = Math.max(0, Duration.between(entered.submittedAt(), step.at()).toSeconds());
                    // as booked: the last decision's lateness as corrected since, an earlier one's as it was then
                    var late = step.at().equals(entered.decidedAt()) ? entered.decidedLate()
                            : rollUps.escalatedBy(reference, step.at());
                    var counters = new LinkedHashMap<DailyCounts.Counter, Long>();
                    counters.put(step.kind() == RollUps.Kind.COMPLETED ? DailyCounts.Counter.completed : DailyCounts.Counter.refused, 1L);
                    counters.put(DailyCounts.Counter.decided, 1L);
                    counters.put(DailyCounts.Counter.decision_secs, seconds);
                    counters.put(late ? DailyCounts.Counter.sla_missed : DailyCounts.Counter.sla_met, 1L);
                    moveCounters(from, to, day, counters);
                    daily.addDecisionDays(day, from, (int) (seconds / 86_400), -1);
                    daily.addDecisionDays(day, to, (int) (seconds / 86_400), 1);
                }
                case ESCALATED -> {
                    // counted in the decision's own service level above
                }
            }
        }
        var rating = jdbc.sql("SELECT score, answered_at FROM analytics_satisfaction WHERE case_reference = :ref")
                .param("ref", reference)
                .query((rs, n) -> Map.entry(rs.getInt(1), rs.getTimestamp(2).toInstant()))
                .optional();
        rating.ifPresent(r -> {
            var counters = new LinkedHashMap<DailyCounts.Counter, Long>();
            counters.put(DailyCounts.Counter.rated, 1L);
            counters.put(DailyCounts.Counter.rating_sum, (long) r.getKey());
            counters.put(DailyCounts.Counter.rated_satisfied, r.getKey() >= Satisfaction.SATISFIED_FROM ? 1L : 0L);
            moveCounters(from, to, rollUps.day(r.getValue()), counters);
        });
    }

    private void moveCounters(RollUps.Dimensions from, RollUps.Dimensions to, LocalDate day,
                              Map<DailyCounts.Counter, Long> counters) {
        var taken = new LinkedHashMap<DailyCounts.Counter, Long>();
        counters.forEach((c, v) -> taken.put(c, -v));
        daily.add(day, from, taken);
        daily.add(day, to, counters);
    }
}
