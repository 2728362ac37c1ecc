package org.nafitha.appointments.internal;

import java.time.Instant;
import java.util.Optional;

import org.nafitha.appointments.AppointmentsProperties;
import org.nafitha.country.Calendars;
import org.nafitha.country.Holidays;
import org.springframework.stereotype.Component;

/** Whether a start time can be booked now at an office: the calendar's rules, before any seat is counted. */
@Component
public class BookingRules {

    private final Calendars calendars;
    private final Holidays holidays;
    private final Releases releases;
    private final AppointmentsProperties properties;

    BookingRules(Calendars calendars, Holidays holidays, Releases releases, AppointmentsProperties properties) {
        this.calendars = calendars;
        this.holidays = holidays;
        this.releases = releases;
        this.properties = properties;
    }

    public Optional<Refusal> check(Office office, Instant start, Instant now) {
        var local = start.atZone(calendars.zone());
        if (start.isBefore(now)) return Optional.of(Refusal.PAST);
        if (holidays.on(local.toLocalDate()).isPresent()) return Optional.of(Refusal.HOLIDAY);
        if (!office.startsSlot(local.toLocalTime(), local.getDayOfWeek())) return Optional.of(Refusal.CLOSED);
        if (tooLate(start, now)) return Optional.of(Refusal.CUT_OFF);
        if (now.isBefore(releases.opensAt(local.toLocalDate()))) return Optional.of(Refusal.NOT_OPEN_YET);
        return Optional.empty();
    }

    /** Past the cut-off: no booking, change or cancellation any more. */
    public boolean tooLate(Instant start, Instant now) {
        return start.minus(properties.cutOff()).isBefore(now);
    }
}
