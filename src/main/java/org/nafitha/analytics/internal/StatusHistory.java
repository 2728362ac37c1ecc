package org.nafitha.analytics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nafitha.analytics.internal.StatusChecks.Day;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The days of checks kept for each dependency. */
final class StatusHistory {

    private final JdbcClient jdbc;

    StatusHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each dependency's days of checks, the last {@value StatusChecks#HISTORY_DAYS} up to {@code today}. */
    Map<String, List<Day>> days(LocalDate today) {
        var history = new LinkedHashMap<String, List<Day>>();
        jdbc.sql("""
                        SELECT component, checked_on, checks, failures FROM analytics_status_days
                        WHERE checked_on > :from ORDER BY component, checked_on""")
                .param("from", today.minusDays(StatusChecks.HISTORY_DAYS))
                .query((rs, n) -> history.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new Day(rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getInt(4))))
                .list();
        return history;
    }
}
