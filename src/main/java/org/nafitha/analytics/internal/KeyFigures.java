package org.nafitha.analytics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.analytics.AnalyticsProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import java.util.TreeMap;

/**
 * The key figures of a period, read from the daily roll-ups only: the cost of a query grows with
 * days × services × channels, never with the number of cases.
 */
@Service
public class KeyFigures {

    /** What to count: days inclusive, in the country's time zone; a null filter counts all. */
    public record Filter(LocalDate from, LocalDate to, @Nullable String service, @Nullable String department,
                         @Nullable String channel) {
    }

    public record Satisfaction(long answers, @Nullable Double mean, @Nullable Double satisfiedShare) {
    }

    /**
     * @param completionRate     of the cases that came to an end in the period, the share completed
     * @param medianDays         whole days from submission to decision (approval or refusal), median
     * @param slaCompliance      of the decisions, the share taken without the case being escalated
     * @param digitalTakeUp      the share of cases submitted online
     * @param costPerTransaction the cost table's figure per channel, weighted by the channel mix
     */
    public record Figures(long submitted, long completed, long refused, long withdrawn,
                          @Nullable Double completionRate, @Nullable Integer medianDays, @Nullable Integer p90Days,
                          @Nullable Double slaCompliance, Map<String, Long> channels, @Nullable Double digitalTakeUp,
                          @Nullable BigDecimal costPerTransaction, Satisfaction satisfaction) {
    }

    private final JdbcClient jdbc;
    private final AnalyticsProperties properties;

    KeyFigures(JdbcClient jdbc, AnalyticsProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    public Figures of(Filter filter) {
        return grouped(filter, null).getOrDefault("", empty());
    }

    /** The figures of each service of the period (services with no case left out), by service code. */
    public Map<String, Figures> byService(Filter filter) {
        return grouped(filter, "service_code");
    }

    /** The figures of each department of the period, by department. */
    public Map<String, Figures> byDepartment(Filter filter) {
        return grouped(filter, "department");
    }

    private Figures empty() {
        return figures(new long[9], new LinkedHashMap<>(), List.of());
    }

    /** @param group the column to group by, or null for one group under "" */
    private Map<String, Figures> grouped(Filter filter, @Nullable String group) {
        var clause = Dashboards.where(filter);
        var where = clause.sql();
        var params = clause.params();
        var key = group == null ? "''" : group;
        var groupBy = group == null ? "" : " GROUP BY " + group;
        var totals = new LinkedHashMap<String, long[]>();
        jdbc.sql("SELECT " + key + """
                        , COALESCE(SUM(submitted), 0), COALESCE(SUM(completed), 0), COALESCE(SUM(refused), 0),
                          COALESCE(SUM(withdrawn), 0), COALESCE(SUM(sla_met), 0), COALESCE(SUM(sla_missed), 0),
                          COALESCE(SUM(rated), 0), COALESCE(SUM(rating_sum), 0), COALESCE(SUM(rated_satisfied), 0)
                        FROM analytics_daily""" + where + groupBy)
                .params(params)
                .query((rs, n) -> totals.put(rs.getString(1), new long[]{rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10)}))
                .list();
        var channels = new LinkedHashMap<String, Map<String, Long>>();
        jdbc.sql("SELECT " + key + ", channel, SUM(submitted) FROM analytics_daily" + where + " GROUP BY "
                        + (group == null ? "" : group + ", ") + "channel ORDER BY channel")
                .params(params)
                .query((rs, n) -> channels.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                        .put(rs.getString(2), rs.getLong(3)))
                .list();
        var histograms = new LinkedHashMap<String, List<long[]>>();
        jdbc.sql("SELECT " + key + ", days_taken, SUM(cases) FROM analytics_daily_decision_days" + where + " GROUP BY "
                        + (group == null ? "" : group + ", ") + "days_taken ORDER BY days_taken")
                .params(params)
                .query((rs, n) -> histograms.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new long[]{rs.getLong(2), rs.getLong(3)}))
                .list();
        var out = new TreeMap<String, Figures>();
        totals.forEach((k, t) -> out.put(k, figures(t, channels.getOrDefault(k, new LinkedHashMap<>()),
                histograms.getOrDefault(k, List.of()))));
        return out;
    }

    private Figures figures(long[] totals, Map<String, Long> channels, List<long[]> histogram) {
        long submitted = totals[0], completed = totals[1], refused = totals[2], withdrawn = totals[3];
        long ended = completed + refused + withdrawn;
        long onTime = totals[4], late = totals[5];
        long answers = totals[6];
        var satisfaction = new Satisfaction(answers, answers == 0 ? null : round((double) totals[7] / answers),
                share(totals[8], answers));
        return new Figures(submitted, completed, refused, withdrawn, share(completed, ended),
                percentile(histogram, 0.5), percentile(histogram, 0.9), share(onTime, onTime + late), channels,
                share(channels.getOrDefault("ONLINE", 0L), submitted), cost(channels, submitted), satisfaction);
    }

    /** Nearest rank: the smallest number of days within which at least {@code q} of the decisions fell. */
    static @Nullable Integer percentile(List<long[]> histogram, double q) {
        long total = histogram.stream().mapToLong(b -> b[1]).sum();
        if (total == 0) return null;
        long rank = (long) Math.ceil(q * total);
        long seen = 0;
        for (var bucket : histogram) {
            seen += bucket[1];
            if (seen >= rank) return (int) bucket[0];
        }
        return (int) histogram.getLast()[0];
    }

    private @Nullable BigDecimal cost(Map<String, Long> channels, long submitted) {
        if (submitted == 0) return null;
        var total = BigDecimal.ZERO;
        for (var c : channels.entrySet()) {
            var unit = properties.costOn(c.getKey());
            if (unit == null) return null;
            total = total.add(unit.multiply(BigDecimal.valueOf(c.getValue())));
        }
        return total.divide(BigDecimal.valueOf(submitted), 2, RoundingMode.HALF_UP);
    }

    private static @Nullable Double share(long part, long whole) {
        return whole == 0 ? null : round((double) part / whole);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
