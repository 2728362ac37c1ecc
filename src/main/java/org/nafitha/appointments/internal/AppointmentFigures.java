package org.nafitha.appointments.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.nafitha.analytics.FiguresFromElsewhere;
import org.nafitha.analytics.Histograms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appointments of a period at the offices: how many were kept, how many people did not come (of those
 * whose time has passed: seen, or marked no-show), and how long those who came waited between checking
 * in and being called (median and 90th percentile, in minutes). By service, the office's department and the office.
 */
@Component
class AppointmentFigures implements FiguresFromElsewhere {

    private final JdbcClient jdbc;

    AppointmentFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Section figures(Instant from, Instant to, @Nullable String service, @Nullable String department,
                           @Nullable String office) {
        var where = new StringBuilder(" WHERE a.starts_at >= :from AND a.starts_at < :to");
        var params = new LinkedHashMap<String, Object>();
        params.put("from", Timestamp.from(from));
        params.put("to", Timestamp.from(to));
        if (service != null) {
            where.append(" AND a.service_code = :service");
            params.put("service", service);
        }
        if (department != null) {
            where.append(" AND o.department = :department");
            params.put("department", department);
        }
        if (office != null) {
            where.append(" AND a.office_id = :office");
            params.put("office", office);
        }
        var byStatus = new LinkedHashMap<String, Long>();
        jdbc.sql("SELECT a.status, COUNT(*) FROM appointments a JOIN appointment_offices o ON o.id = a.office_id" + where
                        + " GROUP BY a.status")
                .params(params).query((rs, n) -> byStatus.put(rs.getString(1), rs.getLong(2))).list();
        // waits by whole minute, counted as they stream by: one row per kept appointment, never held at once
        var waits = new TreeMap<Long, Long>();
        jdbc.sql("SELECT a.checked_in_at, a.called_at FROM appointments a JOIN appointment_offices o ON o.id = a.office_id"
                        + where + " AND a.checked_in_at IS NOT NULL AND a.called_at IS NOT NULL")
                .params(params).query(rs -> {
                    long minutes = Math.max(0, Duration.between(rs.getTimestamp(1).toInstant(),
                            rs.getTimestamp(2).toInstant()).toMinutes());
                    waits.merge(minutes, 1L, Long::sum);
                });
        long seen = byStatus.getOrDefault("SERVED", 0L) + byStatus.getOrDefault("CALLED", 0L);
        long noShows = byStatus.getOrDefault("NO_SHOW", 0L);
        long booked = byStatus.entrySet().stream().filter(e -> !e.getKey().equals("CANCELLED"))
                .mapToLong(e -> e.getValue()).sum();
        return new Section("appointments.figures", List.of(
                new Figure("booked", Unit.COUNT, (double) booked),
                new Figure("cancelled", Unit.COUNT, (double) byStatus.getOrDefault("CANCELLED", 0L)),
                new Figure("noShowRate", Unit.SHARE, seen + noShows == 0 ? null : (double) noShows / (seen + noShows)),
                new Figure("medianWait", Unit.MINUTES, minutes(Histograms.nearestRank(waits, 0.5))),
                new Figure("p90Wait", Unit.MINUTES, minutes(Histograms.nearestRank(waits, 0.9)))), true);
    }

    private static @Nullable Double minutes(@Nullable Long value) {
        return value == null ? null : value.doubleValue();
    }

    @Override
    public Map<String, String> offices(Locale locale) {
        var column = "ar".equals(locale.getLanguage()) ? "name_ar" : "name_en";
        var offices = new LinkedHashMap<String, String>();
        jdbc.sql("SELECT id, " + column + " FROM appointment_offices ORDER BY " + column)
                .query((rs, n) -> offices.put(rs.getString(1), rs.getString(2))).list();
        return offices;
    }
}
