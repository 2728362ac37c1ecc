package org.nafitha.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who held each case in each state and how they came to hold it — a fair draw (its candidates and
 * seed, so anyone can replay it) or a head's reassignment (who and why) — and how many open cases
 * each member of staff holds, which the next draw weighs.
 */
@Repository
public class CaseAssignments {

    private final JdbcClient jdbc;

    CaseAssignments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void recordAssignment(CaseReference reference, String state, String assignee, @Nullable FairDraw draw,
                          @Nullable String by, @Nullable String reason, Instant at) {
        jdbc.sql("""
                        INSERT INTO case_assignments (case_reference, state, assignee, candidates, seed, assigned_by, reason, at)
                        VALUES (:ref, :state, :assignee, :candidates, :seed, :by, :reason, :at)""")
                .param("ref", reference.value()).param("state", state).param("assignee", assignee)
                .param("candidates", draw == null ? null : draw.recorded()).param("seed", draw == null ? null : draw.seed())
                .param("by", by).param("reason", reason).param("at", Timestamp.from(at))
                .update();
    }

    /** An assignment as recorded: by a draw (candidates and seed) or by a head (who and why). */
    public record Assignment(String state, String assignee, @Nullable String candidates, @Nullable Long seed,
                             @Nullable String assignedBy, @Nullable String reason, Instant at) {

        public boolean drawn() {
            return candidates != null && seed != null;
        }

        /** Re-runs a recorded draw: true when it gives the recorded assignee. */
        public boolean verifies() {
            return !drawn() || FairDraw.replay(candidates, seed, assignee);
        }
    }

    public List<Assignment> assignments(CaseReference reference) {
        return jdbc.sql("""
                        SELECT state, assignee, candidates, seed, assigned_by, reason, at FROM case_assignments
                        WHERE case_reference = :ref ORDER BY id""")
                .param("ref", reference.value())
                .query((rs, n) -> new Assignment(rs.getString(1), rs.getString(2), rs.getString(3),
                        (Long) rs.getObject(4, Long.class), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    /** Open cases each of these members of staff holds. */
    Map<String, Integer> loads(Collection<String> usernames) {
        var loads = new HashMap<String, Integer>();
        if (usernames.isEmpty()) return loads;
        jdbc.sql("SELECT assignee, COUNT(*) FROM cases WHERE assignee IN (:u) GROUP BY assignee")
                .param("u", usernames)
                .query(rs -> {
                    loads.put(rs.getString(1), rs.getInt(2));
                });
        return loads;
    }
}
