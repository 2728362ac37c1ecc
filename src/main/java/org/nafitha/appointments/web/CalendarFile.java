package org.nafitha.appointments.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** An appointment as an iCalendar (RFC 5545) event, for the person's own calendar app. */
final class CalendarFile {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private CalendarFile() {
    }

    static String of(String code, Instant start, Instant end, Instant stamp, String summary, String location,
                      String description) {
        return String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Nafitha//Appointments//AR", "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH", "BEGIN:VEVENT",
                "UID:" + code + "@nafitha",
                "DTSTAMP:" + UTC.format(stamp),
                "DTSTART:" + UTC.format(start),
                "DTEND:" + UTC.format(end),
                "SUMMARY:" + escape(summary),
                "LOCATION:" + escape(location),
                "DESCRIPTION:" + escape(description),
                "BEGIN:VALARM", "TRIGGER:-P1D", "ACTION:DISPLAY", "DESCRIPTION:" + escape(summary), "END:VALARM",
                "END:VEVENT", "END:VCALENDAR", "");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }
}
