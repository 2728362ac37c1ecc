package org.nafitha.appointments.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What an office's reception must arrange: its coming appointments with an interpreter asked for. */
@Service
public class InterpretersNeeded {

    private final JdbcClient jdbc;
    private final Clock clock;

    InterpretersNeeded(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An appointment at the office that needs an interpreter. */
    public record Needed(UUID appointment, String code, String serviceCode, Instant startsAt, String status,
                         @Nullable String note) {
    }

    /** The office's coming appointments (from the start of today) with an interpreter asked for, soonest first. */
    public List<Needed> comingAt(String officeId) {
        var from = clock.instant().minus(Duration.ofHours(12));
        return jdbc.sql("""
                        SELECT a.id, a.code, a.service_code, a.starts_at, a.status, i.note
                        FROM appointments a JOIN appointment_interpreters i ON i.appointment_id = a.id
                        WHERE a.office_id = :office AND a.starts_at >= :from
                          AND a.status IN ('BOOKED', 'CHECKED_IN', 'CALLED')
                        ORDER BY a.starts_at LIMIT 100""")
                .param("office", officeId).param("from", Timestamp.from(from))
                .query((rs, n) -> new Needed(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6)))
                .list();
    }
}
