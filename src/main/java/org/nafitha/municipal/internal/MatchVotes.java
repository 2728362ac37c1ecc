package org.nafitha.municipal.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reviewers' votes on a pair in review and the pair's resolution once two agree: one vote per
 * reviewer and pair (a conditional insert), one resolution per pair (its primary key).
 */
@Repository
class MatchVotes {

    private final JdbcClient jdbc;

    MatchVotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when this reviewer already voted on the pair. */
    boolean cast(UUID filed, UUID candidate, String reviewer, ReviewingMatches.Verdict verdict, Instant at) {
        return jdbc.sql("""
                        INSERT INTO municipal_match_votes (beneficiary_id, candidate_id, reviewer, verdict, voted_at)
                        SELECT :b, :c, :r, :v, :at WHERE NOT EXISTS (SELECT 1 FROM municipal_match_votes
                            WHERE beneficiary_id = :b AND candidate_id = :c AND reviewer = :r)""")
                .param("b", filed).param("c", candidate).param("r", reviewer).param("v", verdict.name())
                .param("at", Timestamp.from(at)).update() != 0;
    }

    long agreeing(UUID filed, UUID candidate, ReviewingMatches.Verdict verdict) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM municipal_match_votes WHERE beneficiary_id = :b AND candidate_id = :c AND verdict = :v""")
                .param("b", filed).param("c", candidate).param("v", verdict.name()).query(Long.class).single();
    }

    /** Fails with a duplicate key when the pair was resolved meanwhile. */
    void resolve(UUID filed, UUID candidate, ReviewingMatches.Verdict verdict, Instant at) {
        jdbc.sql("""
                        INSERT INTO municipal_match_resolutions (beneficiary_id, candidate_id, verdict, resolved_at)
                        VALUES (:b, :c, :v, :at)""")
                .param("b", filed).param("c", candidate).param("v", verdict.name())
                .param("at", Timestamp.from(at)).update();
    }

    /** Each vote as {@code reviewer:verdict}, in the order they were cast. */
    List<String> of(UUID filed, UUID candidate) {
        return jdbc.sql("""
                        SELECT reviewer, verdict FROM municipal_match_votes WHERE beneficiary_id = :b AND candidate_id = :c
                        ORDER BY voted_at, reviewer""")
                .param("b", filed).param("c", candidate).query((rs, n) -> rs.getString(1) + ":" + rs.getString(2)).list();
    }
}
