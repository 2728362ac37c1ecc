package org.nafitha.appointments.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;

import org.nafitha.appointments.AppointmentPlace;

/**
 * A place where people are received by appointment: its kind, the department whose head sets its
 * capacity, names and address in both languages, opening hours per weekday, counters (the seats of
 * each slot) and slot length.
 */
public record Office(String id, OfficeType type, String department, String nameAr, String nameEn,
                     String addressAr, String addressEn, String mapUrl, int counters, int slotMinutes,
                     String displayToken, Map<DayOfWeek, Hours> hours) {

    public enum OfficeType { SERVICE_CENTRE, PASSPORT_OFFICE, TRAFFIC_UNIT, WOMEN_SECTION, PRISON_VISITS }

    public record Hours(LocalTime opens, LocalTime closes) {
    }

    public Office {
        hours = Map.copyOf(hours);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameAr;
    }

    public String address(Locale locale) {
        return "en".equals(locale.getLanguage()) ? addressEn : addressAr;
    }

    public AppointmentPlace place() {
        return new AppointmentPlace(id, nameAr, nameEn);
    }

    /** Whether this time starts a slot on the office's grid within its opening hours that day. */
    public boolean startsSlot(LocalTime time, DayOfWeek weekday) {
        var h = hours.get(weekday);
        if (h == null || time.isBefore(h.opens())) return false;
        var minutes = java.time.Duration.between(h.opens(), time).toMinutes();
        var end = time.toSecondOfDay() / 60 + slotMinutes; // in minutes of the day: no wrap past midnight
        return minutes % slotMinutes == 0 && end <= h.closes().toSecondOfDay() / 60
                && time.getSecond() == 0 && time.getNano() == 0;
    }
}
