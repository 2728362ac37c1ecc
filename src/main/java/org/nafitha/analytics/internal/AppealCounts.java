package org.nafitha.analytics.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The appeals lodged in a period and where each stands (upheld, dismissed, withdrawn, pending), from the
 * appeals analytics recorded (live since V94, earlier ones by V102) and the steps booked for the appeal cases.
 */
@Component
class AppealCounts {

    private final JdbcClient jdbc;

    AppealCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    KeyFigures.Appeals lodged(KeyFigures.Filter filter, Instant start, Instant end) {
        var sql = new StringBuilder("""
                SELECT COUNT(*),
                  COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM analytics_case_steps s WHERE s.case_reference = a.appeal_reference
                      AND s.kind = 'COMPLETED' AND s.booked = TRUE) THEN 1 ELSE 0 END), 0),
                  COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM analytics_case_steps s WHERE s.case_reference = a.appeal_reference
                      AND s.kind = 'REFUSED' AND s.booked = TRUE) THEN 1 ELSE 0 END), 0),
                  COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM analytics_case_steps s WHERE s.case_reference = a.appeal_reference
                      AND s.kind = 'WITHDRAWN' AND s.booked = TRUE) THEN 1 ELSE 0 END), 0)
                FROM analytics_appeals a JOIN analytics_cases c ON c.case_reference = a.appeal_reference
                WHERE a.lodged_at >= :start AND a.lodged_at < :end""");
        var params = Dashboards.dimensions(filter, "c.", sql);
        params.put("start", Timestamp.from(start));
        params.put("end", Timestamp.from(end));
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
            long lodged = rs.getLong(1), upheld = rs.getLong(2), dismissed = rs.getLong(3), withdrawn = rs.getLong(4);
            return new KeyFigures.Appeals(lodged, upheld, dismissed, withdrawn, Math.max(0, lodged - upheld - dismissed - withdrawn));
        }).single();
    }
}
