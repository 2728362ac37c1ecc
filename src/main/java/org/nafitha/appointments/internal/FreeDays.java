package org.nafitha.appointments.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.nafitha.appointments.AppointmentsProperties;
import org.nafitha.country.Calendars;
import org.nafitha.country.Holidays;
import org.springframework.stereotype.Component;

/**
 * The first day an office still has a seat someone may book now: open that weekday, not a holiday,
 * already released, with a free slot after the cut-off. The same filters the booking form applies,
 * so the day an app shows is a day the booking accepts.
 */
@Component
public class FreeDays {

    private final Slots slots;
    private final Releases releases;
    private final Holidays holidays;
    private final Calendars calendars;
    private final AppointmentsProperties properties;
    private final Clock clock;

    FreeDays(Slots slots, Releases releases, Holidays holidays, Calendars calendars, AppointmentsProperties properties,
             Clock clock) {
        this.slots = slots;
        this.releases = releases;
        this.holidays = holidays;
        this.calendars = calendars;
        this.properties = properties;
        this.clock = clock;
    }

    public Optional<LocalDate> next(Office office) {
        var now = clock.instant();
        var earliest = now.plus(properties.cutOff());
        var today = calendars.today(clock);
        for (int i = 0; i <= properties.horizonDays(); i++) {
            var day = today.plusDays(i);
            if (!office.hours().containsKey(day.getDayOfWeek()) || holidays.on(day).isPresent()) continue;
            if (now.isBefore(releases.opensAt(day))) break; // later days open later still
            boolean free = slots.forDay(office, day).stream().anyMatch(s -> s.free() > 0 && s.startsAt().isAfter(earliest));
            if (free) return Optional.of(day);
        }
        return Optional.empty();
    }
}
