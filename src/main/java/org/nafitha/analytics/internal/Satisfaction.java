package org.nafitha.analytics.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseReference;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.identity.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One question after a case has ended — how satisfied were you, from 1 to 5 — and an optional
 * comment. The applicant is asked once ({@link SatisfactionQuestions}) and answers once: the answer's
 * key is the case. Heads read the comments ({@link SatisfactionComments}).
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

    private final JdbcClient jdbc;
    private final SatisfactionQuestions questions;
    private final RollUps rollUps;
    private final DailyCounts daily;
    private final Catalogue catalogue;
    private final Clock clock;

    Satisfaction(JdbcClient jdbc, SatisfactionQuestions questions, RollUps rollUps, DailyCounts daily,
                 Catalogue catalogue, Clock clock) {
        this.jdbc = jdbc;
        this.questions = questions;
        this.rollUps = rollUps;
        this.daily = daily;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /**
     * Records the answer (score already checked 1–5, comment at most {@link #MAX_COMMENT}). The same
     * Idempotency-Key again answers as the first time; another answer to the same case is refused.
     */
    @Transactional
    public Outcome answer(Actor actor, CaseReference reference, int score, @Nullable String comment, String idempotencyKey) {
        var question = questions.question(actor, reference);
        if (question.isEmpty()) return questions.isOwn(actor, reference) ? new NotEnded() : new NotFound();
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
}
