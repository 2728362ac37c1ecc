package org.nafitha.analytics.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The daily roll-ups' rows: counters added (or, when a case moves to another office, taken away) for a day
 * and the dimensions a case is counted under, and the decisions' histogram of days taken.
 */
@Repository
class DailyCounts {

    /** The counters of {@code analytics_daily}; the names are the columns. */
    enum Counter { submitted, completed, refused, withdrawn, decided, decision_secs, sla_met, sla_missed, rated, rating_sum, rated_satisfied }

    private final JdbcClient jdbc;

    DailyCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(LocalDate day, RollUps.Dimensions d, Map<Counter, Long> counters) {
        jdbc.sql("""
                        INSERT INTO analytics_daily (on_day, service_code, department, channel, office)
                        VALUES (:day, :service, :department, :channel, :office) ON CONFLICT DO NOTHING""")
                .param("day", day).param("service", d.serviceCode()).param("department", d.department())
                .param("channel", d.channel()).param("office", d.office()).update();
        var sets = counters.keySet().stream().map(c -> c.name() + " = " + c.name() + " + :" + c.name())
                .collect(Collectors.joining(", "));
        var update = jdbc.sql("UPDATE analytics_daily SET " + sets + " WHERE on_day = :day AND service_code = :service"
                        + " AND department = :department AND channel = :channel AND office = :office")
                .param("day", day).param("service", d.serviceCode()).param("department", d.department())
                .param("channel", d.channel()).param("office", d.office());
        for (var c : counters.entrySet()) update = update.param(c.getKey().name(), c.getValue());
        update.update();
    }

    void addDecisionDays(LocalDate day, RollUps.Dimensions d, int days, long cases) {
        jdbc.sql("""
                        INSERT INTO analytics_daily_decision_days (on_day, service_code, department, channel, office,
                                                                   days_taken, cases)
                        VALUES (:day, :service, :department, :channel, :office, :days, 0) ON CONFLICT DO NOTHING""")
                .param("day", day).param("service", d.serviceCode()).param("department", d.department())
                .param("channel", d.channel()).param("office", d.office()).param("days", days).update();
        jdbc.sql("""
                        UPDATE analytics_daily_decision_days SET cases = cases + :cases
                        WHERE on_day = :day AND service_code = :service AND department = :department
                        AND channel = :channel AND office = :office AND days_taken = :days""")
                .param("day", day).param("service", d.serviceCode()).param("department", d.department())
                .param("channel", d.channel()).param("office", d.office()).param("days", days).param("cases", cases)
                .update();
    }
}
