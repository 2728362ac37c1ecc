package org.nafitha.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who held each case in each state and how they came to hold it — a fair draw (its candidates and
 * seed, so anyone can replay it) or a head's reassignment (who and why) — and how many open cases
 * each member of staff holds, which the next draw weighs.
 *
 * <p>The loads are counted in the database at most once a second per member of staff on each node
 * (counting a busy officer's open cases on every submission would cost more as the backlog grows),
 * and between two counts each draw this node makes adds one to its winner. A draw records the loads
 * it weighed, so it can be replayed whatever the counts are later.
 */
@Repository
public class CaseAssignments {

    private static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final int MAX_REMEMBERED = 10_000;

    private record Load(int open, long countedAt) {
    }

    private final JdbcClient jdbc;
    private final ConcurrentHashMap<String, Load> counted = new ConcurrentHashMap<>();

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
        holdsOneMore(assignee);
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

    /** Open cases each of these members of staff holds, counted within the last second. */
    Map<String, Integer> loads(Collection<String> usernames) {
        var loads = new HashMap<String, Integer>();
        if (usernames.isEmpty()) return loads;
        var now = System.nanoTime();
        var stale = usernames.stream().filter(u -> {
            var load = counted.get(u);
            return load == null || now - load.countedAt() > FRESH_NANOS;
        }).toList();
        if (!stale.isEmpty()) {
            var fresh = new HashMap<String, Integer>();
            stale.forEach(u -> fresh.put(u, 0));
            jdbc.sql("SELECT assignee, COUNT(*) FROM cases WHERE assignee IN (:u) GROUP BY assignee")
                    .param("u", stale)
                    .query(rs -> {
                        fresh.put(rs.getString(1), rs.getInt(2));
                    });
            if (counted.size() > MAX_REMEMBERED) counted.clear();
            fresh.forEach((u, open) -> counted.put(u, new Load(open, now)));
        }
        usernames.forEach(u -> loads.put(u, counted.getOrDefault(u, new Load(0, now)).open()));
        return loads;
    }

    /** One more open case for this member of staff, until the next count. */
    private void holdsOneMore(String username) {
        counted.computeIfPresent(username, (u, load) -> new Load(load.open() + 1, load.countedAt()));
    }
}
