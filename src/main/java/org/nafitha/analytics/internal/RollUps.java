package org.nafitha.analytics.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nafitha.analytics.internal.DailyCounts.Counter;
import org.nafitha.country.Calendars;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The daily roll-ups and what feeds them. Every addition is guarded in the database: an event is
 * recorded once by its key, a case is entered once, and each outcome is booked by a conditional
 * update, so redelivered or reordered events never count twice.
 */
@Repository
class RollUps {

    enum Kind { COMPLETED, REFUSED, WITHDRAWN, ESCALATED }

    /** No office: a case applied for online and decided by its department, with no appointment booked for it. */
    static final String NO_OFFICE = "";

    /** @param office the office the case is handled at, or {@link #NO_OFFICE} */
    record Dimensions(String serviceCode, String department, String channel, String office) {

        Dimensions withOffice(String office) {
            return new Dimensions(serviceCode, department, channel, office);
        }
    }

    record Entered(Dimensions dimensions, Instant submittedAt, @Nullable Instant decidedAt, boolean decidedLate,
                   @Nullable Instant endedAt) {
    }

    record Step(long id, Kind kind, Instant at) {
    }

    private final JdbcClient jdbc;
    private final Calendars calendars;
    private final DailyCounts daily;
    private final BacklogCounts backlog;

    RollUps(JdbcClient jdbc, Calendars calendars, DailyCounts daily, BacklogCounts backlog) {
        this.jdbc = jdbc;
        this.calendars = calendars;
        this.daily = daily;
        this.backlog = backlog;
    }

    /** True the first time an event with this key is seen, false on every redelivery. */
    boolean firstTime(String eventKey, Instant now) {
        return jdbc.sql("""
                        INSERT INTO analytics_events_seen (event_key, seen_at) VALUES (:key, :at)
                        ON CONFLICT DO NOTHING""")
                .param("key", eventKey).param("at", Timestamp.from(now)).update() == 1;
    }

    /**
     * A case came in: remembered with its dimensions and counted as submitted on its day, under the office
     * already told for it if any ({@code d}'s own office otherwise).
     */
    void entered(String reference, Dimensions d, Instant at) {
        var office = lockOffice(reference, d.office());
        var inserted = jdbc.sql("""
                        INSERT INTO analytics_cases (case_reference, service_code, department, channel, submitted_at, office)
                        VALUES (:ref, :service, :department, :channel, :at, :office) ON CONFLICT DO NOTHING""")
                .param("ref", reference).param("service", d.serviceCode()).param("department", d.department())
                .param("channel", d.channel()).param("at", Timestamp.from(at)).param("office", office).update();
        if (inserted == 1) {
            daily.add(day(at), d.withOffice(office), Map.of(Counter.submitted, 1L));
            backlog.opened(d.withOffice(office), at);
        }
    }

    /**
     * The office told for the case, its row (created if need be) locked until the transaction ends: an office
     * told while the case is being entered waits for the entry, and then finds the case to move.
     */
    private String lockOffice(String reference, String otherwise) {
        jdbc.sql("INSERT INTO analytics_case_offices (case_reference, office) VALUES (:ref, :office) ON CONFLICT DO NOTHING")
                .param("ref", reference).param("office", otherwise).update();
        return jdbc.sql("SELECT office FROM analytics_case_offices WHERE case_reference = :ref FOR UPDATE")
                .param("ref", reference).query(String.class).single();
    }

    /** The dimensions a case is counted under, if its submission was seen; its row locked until the transaction ends. */
    Optional<Dimensions> dimensionsOf(String reference) {
        return entered(reference).map(Entered::dimensions);
    }

    /** The case as entered, its row locked until the transaction ends: one booking of a case at a time. */
    Optional<Entered> entered(String reference) {
        return jdbc.sql("""
                        SELECT service_code, department, channel, office, submitted_at, decided_at, decided_late, ended_at
                        FROM analytics_cases WHERE case_reference = :ref FOR UPDATE""")
                .param("ref", reference)
                .query((rs, n) -> new Entered(new Dimensions(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)), rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(), rs.getBoolean(7),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
                .optional();
    }

    /** The refused case {@code appealOf} was appealed by the case {@code appeal}; told again, nothing changes. */
    void appealed(String appeal, String appealOf, Instant at) {
        jdbc.sql("""
                        INSERT INTO analytics_appeals (appeal_reference, appeal_of, lodged_at) VALUES (:a, :of, :at)
                        ON CONFLICT DO NOTHING""")
                .param("a", appeal).param("of", appealOf).param("at", Timestamp.from(at)).update();
    }

    void step(String reference, Kind kind, Instant at) {
        jdbc.sql("""
                        INSERT INTO analytics_case_steps (case_reference, kind, at, booked)
                        VALUES (:ref, :kind, :at, :booked)""")
                .param("ref", reference).param("kind", kind.name()).param("at", Timestamp.from(at))
                .param("booked", false).update();
    }

    /**
     * Adds the case's outcomes not yet booked to the roll-ups, once the case itself is known: an
     * outcome handled before its submission waits here for it.
     */
    void book(String reference) {
        var entered = entered(reference);
        if (entered.isEmpty()) return;
        var steps = jdbc.sql("""
                        SELECT id, kind, at FROM analytics_case_steps
                        WHERE case_reference = :ref AND booked = FALSE ORDER BY at, id""")
                .param("ref", reference)
                .query((rs, n) -> new Step(rs.getLong(1), Kind.valueOf(rs.getString(2)), rs.getTimestamp(3).toInstant()))
                .list();
        for (var step : steps) {
            var claimed = jdbc.sql("UPDATE analytics_case_steps SET booked = TRUE WHERE id = :id AND booked = FALSE")
                    .param("id", step.id()).update() == 1;
            if (claimed) book(reference, entered(reference).orElseThrow(), step);
        }
    }

    private void book(String reference, Entered entered, Step step) {
        var counters = new LinkedHashMap<Counter, Long>();
        var day = day(step.at());
        switch (step.kind()) {
            case WITHDRAWN -> {
                counters.put(Counter.withdrawn, 1L);
                end(reference, entered, step.at());
            }
            case COMPLETED, REFUSED -> {
                counters.put(step.kind() == Kind.COMPLETED ? Counter.completed : Counter.refused, 1L);
                var seconds = Math.max(0, Duration.between(entered.submittedAt(), step.at()).toSeconds());
                var late = escalatedBy(reference, step.at());
                counters.put(Counter.decided, 1L);
                counters.put(Counter.decision_secs, seconds);
                counters.put(late ? Counter.sla_missed : Counter.sla_met, 1L);
                daily.addDecisionDays(day, entered.dimensions(), (int) (seconds / 86_400), 1);
                jdbc.sql("UPDATE analytics_cases SET decided_at = :at, decided_late = :late WHERE case_reference = :ref")
                        .param("at", Timestamp.from(step.at())).param("late", late).param("ref", reference).update();
                end(reference, entered, step.at());
            }
            case ESCALATED -> {
                // Escalated before a decision already booked as on time: the decision was late after all.
                var decidedAt = entered.decidedAt();
                if (decidedAt != null && !entered.decidedLate() && !step.at().isAfter(decidedAt)) {
                    jdbc.sql("UPDATE analytics_cases SET decided_late = TRUE WHERE case_reference = :ref")
                            .param("ref", reference).update();
                    daily.add(day(decidedAt), entered.dimensions(), Map.of(Counter.sla_met, -1L, Counter.sla_missed, 1L));
                }
            }
        }
        if (!counters.isEmpty()) daily.add(day, entered.dimensions(), counters);
    }

    /** The case's first end, whatever it was: it leaves the backlog then. */
    private void end(String reference, Entered entered, Instant at) {
        var ended = jdbc.sql("UPDATE analytics_cases SET ended_at = :at WHERE case_reference = :ref AND ended_at IS NULL")
                .param("at", Timestamp.from(at)).param("ref", reference).update() == 1;
        if (ended) backlog.ended(entered.dimensions(), entered.submittedAt(), at);
    }

    /** A case escalated before its decision missed its service level. */
    boolean escalatedBy(String reference, Instant at) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM analytics_case_steps
                        WHERE case_reference = :ref AND kind = 'ESCALATED' AND at <= :at""")
                .param("ref", reference).param("at", Timestamp.from(at)).query(Long.class).single() > 0;
    }

    /** The case's outcomes and escalations already added to the roll-ups, in the order they were booked. */
    List<Step> bookedSteps(String reference) {
        return jdbc.sql("""
                        SELECT id, kind, at FROM analytics_case_steps
                        WHERE case_reference = :ref AND booked = TRUE ORDER BY at, id""")
                .param("ref", reference)
                .query((rs, n) -> new Step(rs.getLong(1), Kind.valueOf(rs.getString(2)), rs.getTimestamp(3).toInstant()))
                .list();
    }

    LocalDate day(Instant at) {
        return at.atZone(calendars.zone()).toLocalDate();
    }
}
