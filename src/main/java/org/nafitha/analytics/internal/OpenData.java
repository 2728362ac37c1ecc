package org.nafitha.analytics.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.nafitha.analytics.AnalyticsProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Open data: a month's cases per department and service, with each department's total. A count
 * below the threshold is suppressed (primary), and so is a second cell of its department — or the
 * total — whenever the suppressed one could otherwise be recomputed by subtraction (secondary:
 * {@link CellSuppression}).
 * Police and prisons ({@code nafitha.analytics.coarse-departments}) publish their monthly total only,
 * rounded, so that no service's figure about so few people can be read or worked out.
 */
@Service
public class OpenData {

    public static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";

    /** A published cell: null when suppressed; {@code roundedTo} set when the counts are rounded (a coarse department). */
    @Schema(name = "OpenDataLine")
    public record Line(String month, String department, @Nullable String service, @Nullable Long submitted,
                       @Nullable Long completed, @Nullable Integer roundedTo) {

        public boolean isTotal() {
            return service == null;
        }
    }

    private final JdbcClient jdbc;
    private final AnalyticsProperties properties;

    OpenData(JdbcClient jdbc, AnalyticsProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    public int threshold() {
        return properties.suppressBelow();
    }

    /** Each department's services, then its total (service null), departments in order. */
    public List<Line> month(YearMonth month) {
        var groups = new TreeMap<String, Map<String, long[]>>();
        jdbc.sql("""
                        SELECT department, service_code, SUM(submitted), SUM(completed) FROM analytics_daily
                        WHERE on_day BETWEEN :from AND :to GROUP BY department, service_code""")
                .param("from", month.atDay(1)).param("to", month.atEndOfMonth())
                .query((rs, n) -> groups.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                        .put(rs.getString(2), new long[]{rs.getLong(3), rs.getLong(4)}))
                .list();
        var lines = new ArrayList<Line>();
        groups.forEach((department, services) -> {
            if (properties.coarseDepartments().contains(department)) {
                // Police and prisons: the month's total alone, rounded, and nothing under the threshold.
                long submitted = services.values().stream().mapToLong(v -> v[0]).sum();
                long completed = services.values().stream().mapToLong(v -> v[1]).sum();
                lines.add(new Line(month.toString(), department, null, coarse(submitted), coarse(completed),
                        properties.coarseRounding()));
                return;
            }
            var names = new ArrayList<>(services.keySet());
            var submitted = CellSuppression.publish(names.stream().map(s -> services.get(s)[0]).toList(), threshold());
            var completed = CellSuppression.publish(names.stream().map(s -> services.get(s)[1]).toList(), threshold());
            for (int i = 0; i < names.size(); i++) {
                lines.add(new Line(month.toString(), department, names.get(i), submitted.get(i), completed.get(i), null));
            }
            lines.add(new Line(month.toString(), department, null, submitted.getLast(), completed.getLast(), null));
        });
        return lines;
    }

    /** A coarse department's count: suppressed under the threshold, otherwise to the nearest multiple. */
    private @Nullable Long coarse(long count) {
        if (count > 0 && count < threshold()) return null;
        long step = properties.coarseRounding();
        return Math.round((double) count / step) * step;
    }

    /** The months the catalogue lists: the last twelve complete ones and the current one. */
    public List<YearMonth> months(YearMonth current) {
        var months = new ArrayList<YearMonth>();
        for (int i = 12; i >= 0; i--) months.add(current.minusMonths(i));
        return months;
    }

    public Map<String, Object> json(YearMonth month) {
        var out = new LinkedHashMap<String, Object>();
        out.put("month", month.toString());
        out.put("license", LICENCE);
        out.put("suppressedBelow", threshold());
        out.put("lines", month(month));
        return out;
    }
}
