package org.nafitha.cases.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A department's work queues: the open cases in the states its staff act on, narrowed by a filter. */
@Repository
public class CaseQueues {

    private final JdbcClient jdbc;

    CaseQueues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A department's cases in the given states: urgent first, then the nearest deadline, then the
     * oldest. Women's-section cases only for its staff.
     */
    public List<CaseSummary> queue(String department, Collection<String> statuses, QueueFilter filter, Instant now,
                                   int limit) {
        if (statuses.isEmpty()) return List.of();
        var sql = new StringBuilder(Cases.SUMMARY + "WHERE department = :dept AND status IN (:statuses)");
        var params = new HashMap<String, Object>();
        params.put("dept", department);
        params.put("statuses", filter.status() == null ? statuses
                : statuses.contains(filter.status()) ? List.of(filter.status()) : List.of("-"));
        if (!filter.womenSection()) sql.append(" AND women_section = FALSE");
        if (filter.service() != null) {
            sql.append(" AND service_code = :service");
            params.put("service", filter.service());
        }
        if (filter.assignee() != null) {
            sql.append(" AND assignee = :assignee");
            params.put("assignee", filter.assignee());
        }
        if (filter.urgentOnly()) sql.append(" AND urgent_reason IS NOT NULL");
        if (filter.breachedOnly()) sql.append(" AND (escalated_at IS NOT NULL OR due_at < :now)");
        if (filter.olderThanDays() != null) {
            sql.append(" AND submitted_at < :before");
            params.put("before", Timestamp.from(now.minus(Duration.ofDays(filter.olderThanDays()))));
        }
        params.put("now", Timestamp.from(now));
        params.put("limit", limit);
        sql.append(" ORDER BY CASE WHEN urgent_reason IS NULL THEN 1 ELSE 0 END, due_at NULLS LAST, submitted_at, reference LIMIT :limit");
        return jdbc.sql(sql.toString()).params(params).query(Cases::summary).list();
    }

    /** What narrows a queue; nulls and falses narrow nothing. */
    public record QueueFilter(@Nullable String service, @Nullable String status, @Nullable String assignee,
                              boolean urgentOnly, boolean breachedOnly, @Nullable Integer olderThanDays,
                              boolean womenSection) {

        public static QueueFilter none(boolean womenSection) {
            return new QueueFilter(null, null, null, false, false, null, womenSection);
        }

        /** The same filter, for someone who does or does not see the women's section's cases. */
        public QueueFilter seeingWomenSection(boolean seen) {
            return new QueueFilter(service, status, assignee, urgentOnly, breachedOnly, olderThanDays, seen);
        }
    }
}
