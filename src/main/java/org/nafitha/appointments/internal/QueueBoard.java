package org.nafitha.appointments.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.Calendars;
import org.springframework.stereotype.Service;

/** An office's queue today as reception, the counters and the waiting-room screen show it. */
@Service
public class QueueBoard {

    private final Appointments appointments;
    private final Calendars calendars;
    private final Clock clock;

    QueueBoard(Appointments appointments, Calendars calendars, Clock clock) {
        this.appointments = appointments;
        this.calendars = calendars;
        this.clock = clock;
    }

    public List<Appointment> waiting(String officeId) {
        return appointments.inQueue(officeId, calendars.today(clock), Appointment.Status.CHECKED_IN, "ticket");
    }

    /** Called today, latest first: what the waiting-room screen shows. */
    public List<Appointment> called(String officeId, int limit) {
        var all = new ArrayList<Appointment>();
        for (var s : List.of(Appointment.Status.CALLED, Appointment.Status.SERVED, Appointment.Status.NO_SHOW)) {
            all.addAll(appointments.inQueue(officeId, calendars.today(clock), s, "called_at DESC"));
        }
        all.sort(Comparator.comparing((Appointment a) -> a.calledAt() == null ? Instant.MIN : a.calledAt())
                .reversed());
        return all.stream().limit(limit).toList();
    }

    /** Average time from check-in to call today at the office; null when nobody was called yet. */
    public @Nullable Duration averageWait(String officeId) {
        var waits = called(officeId, 10_000).stream().filter(a -> a.checkedInAt() != null && a.calledAt() != null)
                .map(a -> Duration.between(a.checkedInAt(), a.calledAt()).toSeconds()).toList();
        if (waits.isEmpty()) return null;
        return Duration.ofSeconds(Math.round(waits.stream().mapToLong(Long::longValue).average().orElse(0)));
    }
}
