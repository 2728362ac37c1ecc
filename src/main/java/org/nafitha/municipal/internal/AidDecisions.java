package org.nafitha.municipal.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.municipal.MatchDecision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The aid decided for each filed household, and where a person was already helped. */
@Repository
public class AidDecisions {

    public enum Outcome { GRANTED, REFUSED }

    /** What may be granted; the amount is in US dollars (its value for aid in kind). */
    public enum Kind { FOOD, CASH, SHELTER, HEALTH, EDUCATION, IN_KIND }

    public record Decision(UUID assessment, String municipality, Outcome outcome, @Nullable Kind kind,
                           @Nullable BigDecimal amount, @Nullable String reason, String decidedBy, Instant decidedAt) {
    }

    /** Aid granted by another municipality to a household with {@code beneficiary} among its members. */
    public record Granted(UUID beneficiary, String municipality, Kind kind, @Nullable BigDecimal amount, Instant decidedAt) {
    }

    /** A record the matcher paired with another, seen from either side. */
    public record Pair(UUID other, MatchDecision decision) {
    }

    private final JdbcClient jdbc;

    AidDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Fails with a duplicate key when the household was decided already. */
    void insert(Decision d) {
        jdbc.sql("""
                        INSERT INTO municipal_aid_decisions (assessment_id, municipality, outcome, kind, amount, reason,
                            decided_by, decided_at) VALUES (:a, :m, :o, :k, :amount, :r, :by, :at)""")
                .param("a", d.assessment()).param("m", d.municipality()).param("o", d.outcome().name())
                .param("k", d.kind() == null ? null : d.kind().name()).param("amount", d.amount())
                .param("r", d.reason()).param("by", d.decidedBy()).param("at", Timestamp.from(d.decidedAt())).update();
    }

    public Optional<Decision> of(UUID assessment) {
        return jdbc.sql("""
                        SELECT assessment_id, municipality, outcome, kind, amount, reason, decided_by, decided_at
                        FROM municipal_aid_decisions WHERE assessment_id = :a""")
                .param("a", assessment)
                .query((rs, n) -> new Decision(rs.getObject(1, UUID.class), rs.getString(2), Outcome.valueOf(rs.getString(3)),
                        rs.getString(4) == null ? null : Kind.valueOf(rs.getString(4)), rs.getBigDecimal(5), rs.getString(6),
                        rs.getString(7), rs.getTimestamp(8).toInstant())).optional();
    }

    /**
     * The records linked or sent to review with {@code beneficiary}, whichever of the two was filed first;
     * not a pair municipal affairs resolved as two different people.
     */
    List<Pair> pairedWith(UUID beneficiary) {
        return jdbc.sql("""
                        SELECT m.candidate_id, m.decision FROM municipal_beneficiary_matches m WHERE m.beneficiary_id = :b
                           AND NOT EXISTS (SELECT 1 FROM municipal_match_resolutions r WHERE r.beneficiary_id = m.beneficiary_id
                                           AND r.candidate_id = m.candidate_id AND r.verdict = 'DIFFERENT')
                        UNION
                        SELECT m.beneficiary_id, m.decision FROM municipal_beneficiary_matches m WHERE m.candidate_id = :b
                           AND NOT EXISTS (SELECT 1 FROM municipal_match_resolutions r WHERE r.beneficiary_id = m.beneficiary_id
                                           AND r.candidate_id = m.candidate_id AND r.verdict = 'DIFFERENT')""")
                .param("b", beneficiary)
                .query((rs, n) -> new Pair(rs.getObject(1, UUID.class), MatchDecision.valueOf(rs.getString(2)))).list();
    }

    /** Aid granted outside {@code municipality} to households with one of {@code beneficiaries} among their members. */
    List<Granted> grantedElsewhere(Collection<UUID> beneficiaries, String municipality) {
        if (beneficiaries.isEmpty()) return List.of();
        return jdbc.sql("""
                        SELECT m.beneficiary_id, d.municipality, d.kind, d.amount, d.decided_at
                        FROM municipal_aid_decisions d
                        JOIN municipal_assessment_members m ON m.assessment_id = d.assessment_id
                        WHERE d.outcome = 'GRANTED' AND d.municipality <> :m AND m.beneficiary_id IN (:ids)
                        ORDER BY d.decided_at DESC""")
                .param("m", municipality).param("ids", List.copyOf(beneficiaries))
                .query((rs, n) -> new Granted(rs.getObject(1, UUID.class), rs.getString(2), Kind.valueOf(rs.getString(3)),
                        rs.getBigDecimal(4), rs.getTimestamp(5).toInstant())).list();
    }
}
