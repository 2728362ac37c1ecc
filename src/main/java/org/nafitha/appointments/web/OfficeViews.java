package org.nafitha.appointments.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nafitha.appointments.internal.FreeDays;
import org.nafitha.appointments.internal.Office;
import org.nafitha.appointments.internal.Offices;
import org.nafitha.catalogue.LocalizedText;
import org.nafitha.country.Calendars;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An office as the API shows it to an app that books: names, address, map point, hours and the next free day. */
@Component
class OfficeViews {

    private final Offices offices;
    private final FreeDays freeDays;
    private final Calendars calendars;

    OfficeViews(Offices offices, FreeDays freeDays, Calendars calendars) {
        this.offices = offices;
        this.freeDays = freeDays;
        this.calendars = calendars;
    }

    /** A weekday's opening hours in the office's local time. */
    record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {
    }

    /**
     * @param minutes         how long this service takes here (one slot)
     * @param nextFreeDay     the first day with a seat that may be booked now; absent when the released days are full
     * @param nextFreeDayText that day in words, Gregorian and Hijri, in the language asked for
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OfficeView(String code, String type, LocalizedText name, LocalizedText address,
                      Office.@Nullable MapPoint location, String mapUrl, int minutes, List<OpeningHours> hours,
                      @Nullable LocalDate nextFreeDay, @Nullable String nextFreeDayText) {
    }

    OfficeView view(Office office, String service, Locale locale) {
        var next = freeDays.next(office).orElse(null);
        var hours = office.hours().entrySet().stream()
                .map(e -> new OpeningHours(e.getKey(), e.getValue().opens(), e.getValue().closes()))
                // the week as it is lived here: Sunday first
                .sorted(Comparator.comparingInt(h -> h.day().getValue() % 7)).toList();
        return new OfficeView(office.id(), office.type().name(), new LocalizedText(office.nameAr(), office.nameEn()),
                new LocalizedText(office.addressAr(), office.addressEn()), office.location().orElse(null),
                office.mapUrl(), offices.minutes(service, office).orElse(office.slotMinutes()), hours, next,
                next == null ? null : calendars.date(next, locale));
    }
}
