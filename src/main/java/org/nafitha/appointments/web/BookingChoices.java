package org.nafitha.appointments.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nafitha.appointments.AppointmentsProperties;
import org.nafitha.appointments.internal.Office;
import org.nafitha.appointments.internal.Releases;
import org.nafitha.appointments.internal.Slot;
import org.nafitha.appointments.internal.Slots;
import org.nafitha.country.Calendars;
import org.nafitha.country.Holidays;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The days and times a booking or a move can choose from, as the forms list them. */
@Component
class BookingChoices {

    record Choice(String value, String label, boolean available, @Nullable String note) {
    }

    private final Slots slots;
    private final Releases releases;
    private final Holidays holidays;
    private final Calendars calendars;
    private final AppointmentsProperties properties;
    private final MessageSource messages;
    private final Clock clock;

    BookingChoices(Slots slots, Releases releases, Holidays holidays, Calendars calendars,
                   AppointmentsProperties properties, MessageSource messages, Clock clock) {
        this.slots = slots;
        this.releases = releases;
        this.holidays = holidays;
        this.calendars = calendars;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    /** The office's days from today to the horizon: open, closed for a holiday, or not yet released. */
    List<Choice> days(Office office, Locale locale) {
        var today = calendars.today(clock);
        var now = clock.instant();
        var days = new ArrayList<Choice>();
        for (int i = 0; i <= properties.horizonDays(); i++) {
            var day = today.plusDays(i);
            if (!office.hours().containsKey(day.getDayOfWeek())) continue;
            var holiday = holidays.on(day);
            var released = !now.isBefore(releases.opensAt(day));
            String note = holiday.map(h -> h.name(locale)).orElse(null);
            if (note == null && !released) {
                note = message("appointments.book.opensAt", locale, calendars.dateTime(releases.opensAt(day), locale));
            }
            days.add(new Choice(day.toString(), calendars.date(day, locale), holiday.isEmpty() && released, note));
        }
        return days;
    }

    List<Choice> times(Office office, LocalDate day, Locale locale) {
        var earliest = clock.instant().plus(properties.cutOff());
        return slots.forDay(office, day).stream().filter(s -> s.startsAt().isAfter(earliest))
                .map(s -> new Choice(s.startsAt().toString(), time(s, locale), s.free() > 0,
                        s.free() > 0 ? message("appointments.book.seatsLeft", locale,
                                calendars.digits(String.valueOf(s.free()), locale))
                                : message("appointments.book.full", locale)))
                .toList();
    }

    private String time(Slot slot, Locale locale) {
        return calendars.digits(slot.startsAt().atZone(calendars.zone()).toLocalTime().toString(), locale);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
