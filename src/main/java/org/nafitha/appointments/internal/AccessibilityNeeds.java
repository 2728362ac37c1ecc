package org.nafitha.appointments.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a person asked the ministry to know (sign language, wheelchair, a reader), shown to
 * reception and counter staff with each appointment. The table belongs to identity, which
 * records the needs; this is a read of it.
 */
@Repository("appointmentAccessibilityNeeds")
public class AccessibilityNeeds {

    public record Need(String need, @Nullable String note) {
    }

    private final JdbcClient jdbc;

    AccessibilityNeeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, List<Need>> of(Collection<String> nationalIds) {
        var needs = new HashMap<String, List<Need>>();
        if (nationalIds.isEmpty()) return needs;
        jdbc.sql("SELECT national_id, need, note FROM accessibility_needs WHERE national_id IN (:ids) ORDER BY need")
                .param("ids", nationalIds)
                .query(rs -> {
                    needs.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>())
                            .add(new Need(rs.getString(2), rs.getString(3)));
                });
        return needs;
    }
}
