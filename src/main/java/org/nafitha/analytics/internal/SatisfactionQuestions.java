package org.nafitha.analytics.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseOverviews;
import org.nafitha.cases.CaseReference;
import org.nafitha.identity.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.swagger.v3.oas.annotations.media.Schema;

/** The satisfaction question put to the applicant once their case has ended, and where it stands. */
@Repository
public class SatisfactionQuestions {

    /** Where the question stands for the applicant's case page. */
    @Schema(name = "SatisfactionQuestion")
    public record Question(CaseReference reference, String serviceCode, @Nullable Integer answeredScore) {

        public boolean answered() {
            return answeredScore != null;
        }
    }

    private final JdbcClient jdbc;
    private final CaseOverviews cases;

    SatisfactionQuestions(JdbcClient jdbc, CaseOverviews cases) {
        this.jdbc = jdbc;
        this.cases = cases;
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
}
