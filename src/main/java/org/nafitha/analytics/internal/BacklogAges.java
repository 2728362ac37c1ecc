package org.nafitha.analytics.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The backlog read from the counts {@link BacklogCounts} keeps: how long the open cases had waited. */
@Repository
class BacklogAges {

    private final JdbcClient jdbc;

    BacklogAges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The cases open at the end of {@code asOf} (or now, for today) that the filter selects, by how many whole
     * days they had waited then (the country's days).
     */
    SortedMap<Long, Long> ages(KeyFigures.Filter filter, LocalDate asOf) {
        var open = new StringBuilder("SELECT submitted_on, cases FROM analytics_open_cases WHERE submitted_on <= :asOf");
        var params = Dashboards.dimensions(filter, "", open);
        var ended = new StringBuilder("""
                SELECT submitted_on, cases FROM analytics_ended_cases WHERE ended_on > :asOf AND submitted_on <= :asOf""");
        Dashboards.dimensions(filter, "", ended);
        params.put("asOf", asOf);
        var ages = new TreeMap<Long, Long>();
        jdbc.sql("SELECT submitted_on, SUM(cases) FROM (" + open + " UNION ALL " + ended + ") counted"
                        + " GROUP BY submitted_on HAVING SUM(cases) > 0")
                .params(params)
                .query((rs, n) -> ages.merge(Math.max(0, ChronoUnit.DAYS.between(rs.getObject(1, LocalDate.class), asOf)),
                        rs.getLong(2), Long::sum))
                .list();
        return ages;
    }
}
