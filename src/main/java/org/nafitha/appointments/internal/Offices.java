package org.nafitha.appointments.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** The offices and which services each kind of office receives, as data. */
@Repository
public class Offices {

    /** Offices change rarely (a head's capacity edit); every booking reads them, so a node keeps them briefly. */
    private static final long FRESH_NANOS = 5_000_000_000L;

    private record Snapshot(List<Office> offices, Map<String, Map<Office.OfficeType, Integer>> services, long at) {
    }

    private final JdbcClient jdbc;
    private volatile @Nullable Snapshot snapshot;

    Offices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private Snapshot snapshot() {
        var current = snapshot;
        if (current == null || System.nanoTime() - current.at() > FRESH_NANOS) {
            current = new Snapshot(load(), loadServices(), System.nanoTime());
            snapshot = current;
        }
        return current;
    }

    public List<Office> all() {
        return snapshot().offices();
    }

    private List<Office> load() {
        var hours = hours();
        return jdbc.sql("""
                        SELECT id, office_type, department, name_ar, name_en, address_ar, address_en, map_url, counters,
                               slot_minutes FROM appointment_offices ORDER BY id""")
                .query((rs, n) -> new Office(rs.getString(1), Office.OfficeType.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9),
                        rs.getInt(10), hours.getOrDefault(rs.getString(1), Map.of())))
                .list();
    }

    /** An office added since the snapshot was taken is found too: a miss reads the table again. */
    public Optional<Office> find(String id) {
        var found = all().stream().filter(o -> o.id().equals(id)).findFirst();
        if (found.isPresent()) return found;
        snapshot = null;
        return all().stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** Services booked by appointment somewhere, with the office kinds and minutes for each. */
    public Map<String, Map<Office.OfficeType, Integer>> services() {
        return snapshot().services();
    }

    private Map<String, Map<Office.OfficeType, Integer>> loadServices() {
        var services = new TreeMap<String, Map<Office.OfficeType, Integer>>();
        jdbc.sql("SELECT service_code, office_type, minutes FROM appointment_services").query(rs -> {
            services.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(Office.OfficeType.class))
                    .put(Office.OfficeType.valueOf(rs.getString(2)), rs.getInt(3));
        });
        return services;
    }

    /** How long the service takes at this office, if the office receives it at all. */
    public Optional<Integer> minutes(String serviceCode, Office office) {
        return Optional.ofNullable(services().getOrDefault(serviceCode, Map.of()).get(office.type()));
    }

    public List<Office> forService(String serviceCode) {
        var types = services().getOrDefault(serviceCode, Map.of()).keySet();
        return all().stream().filter(o -> types.contains(o.type())).toList();
    }

    /** @return false when the office does not exist */
    boolean setCounters(String officeId, int counters) {
        var changed = jdbc.sql("UPDATE appointment_offices SET counters = :c WHERE id = :id")
                .param("c", counters).param("id", officeId).update() == 1;
        snapshot = null;
        return changed;
    }

    private Map<String, Map<DayOfWeek, Office.Hours>> hours() {
        var all = new HashMap<String, Map<DayOfWeek, Office.Hours>>();
        jdbc.sql("SELECT office_id, weekday, opens, closes FROM appointment_office_hours").query(rs -> {
            all.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(DayOfWeek.class))
                    .put(DayOfWeek.of(rs.getInt(2)), new Office.Hours(LocalTime.parse(rs.getString(3)),
                            LocalTime.parse(rs.getString(4))));
        });
        return all;
    }
}
