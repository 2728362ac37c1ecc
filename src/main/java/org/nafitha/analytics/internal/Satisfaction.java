package org.nafitha.analytics.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseOverviews;
import org.nafitha.cases.CaseReference;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.identity.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.time.ZoneId;

/**
 * One question after a case has ended — how satisfied were you, from 1 to 5 — and an optional
 * comment. The applicant is asked once and answers once: the answer's key is the case.
 */
@Service
public class Satisfaction {

    public static final int MAX_COMMENT = 2_000;
    /** Scores of 4 and 5 count as satisfied. */
    public static final int SATISFIED_FROM = 4;

    public sealed interface Outcome permits Recorded, AlreadyAnswered, NotEnded, NotFound {
    }

    public record Recorded(CaseReference reference, int score) implements Outcome {
    }

    public record AlreadyAnswered() implements Outcome {
    }

    /** The person's own case, still running: nobody was asked yet. */
    public record NotEnded() implements Outcome {
    }

    public record NotFound() implements Outcome {
    }

    /** Where the question stands for the applicant's case page. */
    @Schema(name = "SatisfactionQuestion")
    public record Question(CaseReference reference, String serviceCode, @Nullable Integer answeredScore) {

        public boolean answered() {
            return answeredScore != null;
        }
    }

    /** A comment as a department's head reads it: personal data masked. */
    public record Comment(String serviceCode, int score, String comment, Instant answeredAt) {
    }

    private final JdbcClient jdbc;
    private final RollUps rollUps;
    private final DailyCounts daily;
    private final CaseOverviews cases;
    private final Catalogue catalogue;
    private final Clock clock;

    Satisfaction(JdbcClient jdbc, RollUps rollUps, DailyCounts daily, CaseOverviews cases, Catalogue catalogue,
                 Clock clock) {
        this.jdbc = jdbc;
        this.rollUps = rollUps;
        this.daily = daily;
        this.cases = cases;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** @return true the first time the case's applicant is asked */
    boolean ask(CaseReference reference, String applicant, String serviceCode, Instant at) {
        return jdbc.sql("""
                        INSERT INTO analytics_satisfaction_asked (case_reference, applicant, service_code, asked_at)
                        VALUES (:ref, :applicant, :service, :at) ON CONFLICT DO NOTHING""")
                .param("ref", reference.value()).param("applicant", applicant).param("service", serviceCode)
                .param("at", Timestamp.from(at)).update() == 1;
    }

    /** The question on one of the person's cases; empty when it is not theirs or nobody asked yet. */
    public Optional<Question> question(Actor actor, CaseReference reference) {
        if (actor.nationalId() == null) return Optional.empty();
        return jdbc.sql("""
                        SELECT a.service_code, s.score FROM analytics_satisfaction_asked a
                        LEFT JOIN analytics_satisfaction s ON s.case_reference = a.case_reference
                        WHERE a.case_reference = :ref AND a.applicant = :applicant""")
                .param("ref", reference.value()).param("applicant", actor.nationalId())
                .query((rs, n) -> new Question(reference, rs.getString(1), rs.getObject(2) == null ? null : rs.getInt(2)))
                .optional();
    }

    /** Whether the case is the person's at all (asked or not), so that a stranger learns nothing. */
    public boolean isOwn(Actor actor, CaseReference reference) {
        return cases.ofApplicant(actor).stream().anyMatch(c -> c.reference().equals(reference));
    }

    /**
     * Records the answer (score already checked 1–5, comment at most {@link #MAX_COMMENT}). The same
     * Idempotency-Key again answers as the first time; another answer to the same case is refused.
     */
    @Transactional
    public Outcome answer(Actor actor, CaseReference reference, int score, @Nullable String comment, String idempotencyKey) {
        var question = question(actor, reference);
        if (question.isEmpty()) return isOwn(actor, reference) ? new NotEnded() : new NotFound();
        var service = question.get().serviceCode();
        var dimensions = rollUps.dimensionsOf(reference.value()).orElseGet(() -> new RollUps.Dimensions(service,
                catalogue.find(service).map(s -> s.department()).orElse("unknown"), "ONLINE", RollUps.NO_OFFICE));
        var now = clock.instant();
        var text = comment == null || comment.isBlank() ? null : comment.strip();
        var inserted = jdbc.sql("""
                        INSERT INTO analytics_satisfaction (case_reference, service_code, department, score, comment,
                                                            idempotency_key, answered_at)
                        VALUES (:ref, :service, :department, :score, :comment, :key, :at) ON CONFLICT DO NOTHING""")
                .param("ref", reference.value()).param("service", service).param("department", dimensions.department())
                .param("score", score).param("comment", text).param("key", idempotencyKey).param("at", Timestamp.from(now))
                .update() == 1;
        if (!inserted) {
            var earlier = jdbc.sql("SELECT idempotency_key, score FROM analytics_satisfaction WHERE case_reference = :ref")
                    .param("ref", reference.value())
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).single();
            return earlier.getKey().equals(idempotencyKey) ? new Recorded(reference, earlier.getValue())
                    : new AlreadyAnswered();
        }
        var counters = new LinkedHashMap<DailyCounts.Counter, Long>();
        counters.put(DailyCounts.Counter.rated, 1L);
        counters.put(DailyCounts.Counter.rating_sum, (long) score);
        counters.put(DailyCounts.Counter.rated_satisfied, score >= SATISFIED_FROM ? 1L : 0L);
        daily.add(rollUps.day(now), dimensions, counters);
        return new Recorded(reference, score);
    }

    /** The comments of a period, newest first, masked; a null department reads all. */
    public List<Comment> comments(LocalDate from, LocalDate to, @Nullable String department, @Nullable String service,
                                  ZoneId zone, int limit) {
        var sql = new StringBuilder("""
                SELECT service_code, score, comment, answered_at FROM analytics_satisfaction
                WHERE comment IS NOT NULL AND answered_at >= :from AND answered_at < :to""");
        var params = new LinkedHashMap<String, Object>();
        params.put("from", Timestamp.from(from.atStartOfDay(zone).toInstant()));
        params.put("to", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
        if (department != null) {
            sql.append(" AND department = :department");
            params.put("department", department);
        }
        if (service != null) {
            sql.append(" AND service_code = :service");
            params.put("service", service);
        }
        sql.append(" ORDER BY answered_at DESC LIMIT :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new Comment(rs.getString(1), rs.getInt(2), PersonalData.mask(rs.getString(3)),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }
}
