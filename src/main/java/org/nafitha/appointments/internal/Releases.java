package org.nafitha.appointments.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nafitha.appointments.AppointmentsProperties;
import org.nafitha.country.Calendars;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * When each office day opens: {@code horizonDays} before it at the published release time. The
 * first {@code drawWindow} after opening collects requests for the draw.
 */
@Repository
public class Releases {

    public record Release(String officeId, LocalDate day, Instant opensAt, Instant windowEndsAt,
                          @Nullable String seed, @Nullable String freeSeats, @Nullable Instant drawnAt) {

        public boolean inWindow(Instant now) {
            return !now.isBefore(opensAt) && now.isBefore(windowEndsAt);
        }
    }

    private final JdbcClient jdbc;
    private final Calendars calendars;
    private final AppointmentsProperties properties;

    Releases(JdbcClient jdbc, Calendars calendars, AppointmentsProperties properties) {
        this.jdbc = jdbc;
        this.calendars = calendars;
        this.properties = properties;
    }

    /** The published opening of a day, also for a day whose row does not exist yet. */
    public Instant opensAt(LocalDate day) {
        return day.minusDays(properties.horizonDays()).atTime(properties.releaseTime()).atZone(calendars.zone()).toInstant();
    }

    void prepare(String officeId, LocalDate day) {
        var opens = opensAt(day);
        jdbc.sql("""
                        INSERT INTO appointment_releases (office_id, release_day, opens_at, window_ends_at)
                        VALUES (:o, :d, :opens, :ends) ON CONFLICT DO NOTHING""")
                .param("o", officeId).param("d", day).param("opens", Timestamp.from(opens))
                .param("ends", Timestamp.from(opens.plus(properties.drawWindow()))).update();
    }

    public Optional<Release> find(String officeId, LocalDate day) {
        return jdbc.sql("""
                        SELECT office_id, release_day, opens_at, window_ends_at, seed, free_seats, drawn_at
                        FROM appointment_releases WHERE office_id = :o AND release_day = :d""")
                .param("o", officeId).param("d", day)
                .query((rs, n) -> new Release(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .optional();
    }
}
