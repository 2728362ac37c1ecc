package org.nafitha.analytics.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What the dashboards draw beyond the key figures: the days of a period, how long decisions took, and the late cases. */
@Service
public class Dashboards {

    public record Day(LocalDate day, long submitted, long completed, long refused) {
    }

    public record DaysTaken(int days, long cases) {
    }

    /** A case escalated for being late: when it came in, when it was escalated, and its decision if any. */
    public record LateCase(String reference, String serviceCode, String department, String channel, Instant submittedAt,
                           Instant escalatedAt, @Nullable Instant decidedAt) {
    }

    private final JdbcClient jdbc;

    Dashboards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Day> days(KeyFigures.Filter filter) {
        var where = where(filter);
        return jdbc.sql("SELECT on_day, SUM(submitted), SUM(completed), SUM(refused) FROM analytics_daily" + where.sql()
                        + " GROUP BY on_day ORDER BY on_day")
                .params(where.params())
                .query((rs, n) -> new Day(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    public List<DaysTaken> daysTaken(KeyFigures.Filter filter) {
        var where = where(filter);
        return jdbc.sql("SELECT days_taken, SUM(cases) FROM analytics_daily_decision_days" + where.sql()
                        + " GROUP BY days_taken HAVING SUM(cases) > 0 ORDER BY days_taken")
                .params(where.params())
                .query((rs, n) -> new DaysTaken(rs.getInt(1), rs.getLong(2))).list();
    }

    /** Cases escalated in the period (the country's days), the latest first. */
    public List<LateCase> late(KeyFigures.Filter filter, ZoneId zone, int limit) {
        var sql = new StringBuilder("""
                SELECT c.case_reference, c.service_code, c.department, c.channel, c.submitted_at, MIN(s.at), c.decided_at
                FROM analytics_cases c JOIN analytics_case_steps s
                  ON s.case_reference = c.case_reference AND s.kind = 'ESCALATED'
                WHERE s.at >= :from AND s.at < :to""");
        var params = new LinkedHashMap<String, Object>();
        params.put("from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        params.putAll(dimensions(filter, "c.", sql));
        sql.append(" GROUP BY c.case_reference, c.service_code, c.department, c.channel, c.submitted_at, c.decided_at")
                .append(" ORDER BY MIN(s.at) DESC LIMIT :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new LateCase(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .list();
    }

    record Where(String sql, Map<String, Object> params) {
    }

    static Where where(KeyFigures.Filter filter) {
        var sql = new StringBuilder(" WHERE on_day BETWEEN :from AND :to");
        var params = new LinkedHashMap<String, Object>();
        params.put("from", filter.from());
        params.put("to", filter.to());
        params.putAll(dimensions(filter, "", sql));
        return new Where(sql.toString(), params);
    }

    /**
     * Appends the filter's service, department, channel and office to {@code sql} (columns of {@code table}, e.g.
     * {@code "c."}, or {@code ""}) and returns their parameters.
     */
    static Map<String, Object> dimensions(KeyFigures.Filter filter, String table, StringBuilder sql) {
        var params = new LinkedHashMap<String, Object>();
        if (filter.service() != null) {
            sql.append(" AND ").append(table).append("service_code = :service");
            params.put("service", filter.service());
        }
        if (filter.department() != null) {
            sql.append(" AND ").append(table).append("department = :department");
            params.put("department", filter.department());
        }
        if (filter.channel() != null) {
            sql.append(" AND ").append(table).append("channel = :channel");
            params.put("channel", filter.channel());
        }
        if (filter.office() != null) {
            sql.append(" AND ").append(table).append("office = :office");
            params.put("office", KeyFigures.NO_OFFICE.equals(filter.office()) ? RollUps.NO_OFFICE : filter.office());
        }
        return params;
    }
}
