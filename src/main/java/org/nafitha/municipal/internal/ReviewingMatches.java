package org.nafitha.municipal.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.municipal.MunicipalError;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pairs sent to review, resolved by two different people of municipal affairs who agree (four
 * eyes): the same person (SAME) or two people (DIFFERENT). One vote per reviewer and pair, settled
 * by the primary key; a second reviewer who disagrees leaves the pair open for a third.
 */
@Service
public class ReviewingMatches {

    public enum Verdict { SAME, DIFFERENT }

    /** A pair waiting: both records side by side, the score and its weights, the votes so far. */
    public record Pair(Beneficiaries.Beneficiary filed, Beneficiaries.Beneficiary candidate, double score,
                       String explanation, List<String> votes) {
    }

    /** {@code resolution}: the agreed verdict once two reviewers agree, else null (waiting for another). */
    public record Voted(@Nullable Verdict resolution) {
    }

    private final JdbcClient jdbc;
    private final Beneficiaries beneficiaries;
    private final MatchVotes votes;
    private final AuditTrail audit;
    private final Clock clock;

    ReviewingMatches(JdbcClient jdbc, Beneficiaries beneficiaries, MatchVotes votes, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.beneficiaries = beneficiaries;
        this.votes = votes;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Pair> open(int limit) {
        return jdbc.sql("""
                        SELECT m.beneficiary_id, m.candidate_id, m.score, m.explanation FROM municipal_beneficiary_matches m
                        WHERE m.decision = 'REVIEW' AND NOT EXISTS (SELECT 1 FROM municipal_match_resolutions r
                            WHERE r.beneficiary_id = m.beneficiary_id AND r.candidate_id = m.candidate_id)
                        ORDER BY m.score DESC, m.beneficiary_id, m.candidate_id FETCH FIRST :limit ROWS ONLY""")
                .param("limit", limit)
                .query((rs, n) -> new Object[]{rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getBigDecimal(3).doubleValue(), rs.getString(4)})
                .list().stream().map(r -> pair((UUID) r[0], (UUID) r[1], (double) r[2], (String) r[3])).toList();
    }

    public Optional<Pair> pair(UUID filed, UUID candidate) {
        return jdbc.sql("""
                        SELECT score, explanation FROM municipal_beneficiary_matches
                        WHERE beneficiary_id = :b AND candidate_id = :c AND decision = 'REVIEW'""")
                .param("b", filed).param("c", candidate)
                .query((rs, n) -> pair(filed, candidate, rs.getBigDecimal(1).doubleValue(), rs.getString(2))).optional();
    }

    /** Refusals: not municipal affairs, no such pair in review, already resolved, this reviewer already voted. */
    @Transactional
    public VoteOutcome vote(Actor actor, UUID filed, UUID candidate, Verdict verdict) {
        if (!actor.has(Role.MUNICIPAL_AFFAIRS)) return new VoteOutcome(null, MunicipalError.NOT_MUNICIPAL_AFFAIRS);
        if (pair(filed, candidate).isEmpty()) return new VoteOutcome(null, MunicipalError.NOT_FOUND);
        if (resolution(filed, candidate).isPresent()) return new VoteOutcome(null, MunicipalError.ALREADY_DECIDED);
        if (!votes.cast(filed, candidate, actor.username(), verdict, clock.instant())) return new VoteOutcome(null, MunicipalError.FOUR_EYES);
        audit.record(new AuditEntry(actor.username(), actor.primaryRole().name(), "municipal.match.vote", null, null,
                "pair " + filed + " ~ " + candidate + ": " + verdict, null));
        if (votes.agreeing(filed, candidate, verdict) < 2) return new VoteOutcome(new Voted(null), null);
        try {
            votes.resolve(filed, candidate, verdict, clock.instant());
        } catch (DuplicateKeyException resolvedMeanwhile) {
            return new VoteOutcome(null, MunicipalError.ALREADY_DECIDED);
        }
        return new VoteOutcome(new Voted(verdict), null);
    }

    public record VoteOutcome(@Nullable Voted voted, @Nullable MunicipalError refused) {
    }

    public Optional<Verdict> resolution(UUID filed, UUID candidate) {
        return jdbc.sql("SELECT verdict FROM municipal_match_resolutions WHERE beneficiary_id = :b AND candidate_id = :c")
                .param("b", filed).param("c", candidate).query(String.class).optional().map(Verdict::valueOf);
    }

    private Pair pair(UUID filed, UUID candidate, double score, String explanation) {
        return new Pair(beneficiaries.find(filed).orElseThrow(), beneficiaries.find(candidate).orElseThrow(), score,
                explanation, votes.of(filed, candidate));
    }
}
