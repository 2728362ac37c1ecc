package org.nafitha.appointments.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.nafitha.appointments.AppointmentPlace;
import java.time.Duration;

/**
 * A place where people are received by appointment: its kind, the department whose head sets its
 * capacity, names and address in both languages, opening hours per weekday, counters (the seats of
 * each slot) and slot length.
 */
public record Office(String id, OfficeType type, String department, String nameAr, String nameEn,
                     String addressAr, String addressEn, String mapUrl, int counters, int slotMinutes,
                     Map<DayOfWeek, Hours> hours) {

    public enum OfficeType { SERVICE_CENTRE, PASSPORT_OFFICE, TRAFFIC_UNIT, WOMEN_SECTION, PRISON_VISITS }

    public record Hours(LocalTime opens, LocalTime closes) {
    }

    /** A point on the map, in degrees (WGS 84). */
    public record MapPoint(double latitude, double longitude) {
    }

    private static final Pattern MARKER = Pattern.compile("[?&]mlat=(-?\\d{1,2}(?:\\.\\d+)?)&mlon=(-?\\d{1,3}(?:\\.\\d+)?)");

    public Office {
        hours = Map.copyOf(hours);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameAr;
    }

    public String address(Locale locale) {
        return "en".equals(locale.getLanguage()) ? addressEn : addressAr;
    }

    /** The marker of the office's map link, when the link carries one (OpenStreetMap's mlat/mlon). */
    public Optional<MapPoint> location() {
        var marker = MARKER.matcher(mapUrl);
        if (!marker.find()) return Optional.empty();
        return Optional.of(new MapPoint(Double.parseDouble(marker.group(1)), Double.parseDouble(marker.group(2))));
    }

    public AppointmentPlace place() {
        return new AppointmentPlace(id, nameAr, nameEn);
    }

    /** Whether this time starts a slot on the office's grid within its opening hours that day. */
    public boolean startsSlot(LocalTime time, DayOfWeek weekday) {
        var h = hours.get(weekday);
        if (h == null || time.isBefore(h.opens())) return false;
        var minutes = Duration.between(h.opens(), time).toMinutes();
        var end = time.toSecondOfDay() / 60 + slotMinutes; // in minutes of the day: no wrap past midnight
        return minutes % slotMinutes == 0 && end <= h.closes().toSecondOfDay() / 60
                && time.getSecond() == 0 && time.getNano() == 0;
    }
}
