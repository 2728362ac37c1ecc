package org.nafitha.analytics.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Applicants' comments on their cases, as a department's head reads them: personal data masked. */
@Repository
public class SatisfactionComments {

    /** A comment as a department's head reads it: personal data masked. */
    public record Comment(String serviceCode, int score, String comment, Instant answeredAt) {
    }

    private final JdbcClient jdbc;

    SatisfactionComments(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
