package org.nafitha.appointments.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.nafitha.country.Calendars;
import org.nafitha.country.Holidays;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import java.time.LocalTime;

/**
 * Slots are rows, made for a day the first time anyone looks at it (on any node; the unique index
 * and ON CONFLICT make that idempotent). A seat is taken only by {@code booked = booked + 1 WHERE
 * booked < capacity}: the database, not this process, decides who gets the last one.
 */
@Repository
public class Slots {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Calendars calendars;
    private final Holidays holidays;
    private final Releases releases;
    private final Set<String> prepared = ConcurrentHashMap.newKeySet();

    Slots(JdbcClient jdbc, JdbcTemplate template, Calendars calendars, Holidays holidays, Releases releases) {
        this.jdbc = jdbc;
        this.template = template;
        this.calendars = calendars;
        this.holidays = holidays;
        this.releases = releases;
    }

    /** Makes the day's slots and its release, unless the office is closed (weekday or holiday). */
    public void prepare(Office office, LocalDate day) {
        var key = office.id() + "|" + day;
        if (prepared.contains(key)) return;
        var hours = office.hours().get(day.getDayOfWeek());
        if (hours != null && holidays.on(day).isEmpty()) {
            var rows = new ArrayList<Object[]>();
            // minutes of the day, so a slot never wraps past midnight
            int open = hours.opens().toSecondOfDay() / 60, close = hours.closes().toSecondOfDay() / 60;
            for (int m = open; m + office.slotMinutes() <= close; m += office.slotMinutes()) {
                rows.add(new Object[]{office.id(), Timestamp.from(day.atTime(LocalTime.ofSecondOfDay(m * 60L))
                        .atZone(calendars.zone()).toInstant()), office.counters()});
            }
            template.batchUpdate("""
                    INSERT INTO appointment_slots (office_id, starts_at, capacity, booked) VALUES (?, ?, ?, 0)
                    ON CONFLICT DO NOTHING""", rows);
            releases.prepare(office.id(), day);
        }
        prepared.add(key);
    }

    public List<Slot> forDay(Office office, LocalDate day) {
        prepare(office, day);
        var from = day.atStartOfDay(calendars.zone()).toInstant();
        var to = day.plusDays(1).atStartOfDay(calendars.zone()).toInstant();
        return jdbc.sql("""
                        SELECT id, office_id, starts_at, capacity, booked FROM appointment_slots
                        WHERE office_id = :o AND starts_at >= :f AND starts_at < :t ORDER BY starts_at""")
                .param("o", office.id()).param("f", Timestamp.from(from)).param("t", Timestamp.from(to))
                .query((rs, n) -> new Slot(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getInt(4),
                        rs.getInt(5)))
                .list();
    }

    public Optional<Slot> at(Office office, Instant start) {
        prepare(office, start.atZone(calendars.zone()).toLocalDate());
        return jdbc.sql("SELECT id, office_id, starts_at, capacity, booked FROM appointment_slots WHERE office_id = :o AND starts_at = :s")
                .param("o", office.id()).param("s", Timestamp.from(start))
                .query((rs, n) -> new Slot(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getInt(4),
                        rs.getInt(5)))
                .optional();
    }

    /** @return false when every seat is taken */
    boolean take(long slotId) {
        return jdbc.sql("UPDATE appointment_slots SET booked = booked + 1 WHERE id = :id AND booked < capacity")
                .param("id", slotId).update() == 1;
    }

    void release(long slotId) {
        jdbc.sql("UPDATE appointment_slots SET booked = booked - 1 WHERE id = :id AND booked > 0").param("id", slotId)
                .update();
    }

    /** New capacity for the office's slots to come; a slot never drops below the seats already taken. */
    int setCapacity(String officeId, int capacity, Instant after) {
        return jdbc.sql("""
                        UPDATE appointment_slots SET capacity = CASE WHEN booked > :c THEN booked ELSE :c END
                        WHERE office_id = :o AND starts_at > :after""")
                .param("c", capacity).param("o", officeId).param("after", Timestamp.from(after)).update();
    }
}
