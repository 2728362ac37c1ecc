package org.nafitha.detention.web;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.ArabicDigits;

/** A start time as an officer types it: "10:30" or "١٠:٣٠"; nothing typed is no time. */
final class StartTime {

    private static final Pattern HOURS_MINUTES = Pattern.compile("(\\d{1,2}):(\\d{2})");

    private StartTime() {
    }

    /** @throws DateTimeException when something was typed that is not a time of day */
    static @Nullable LocalTime read(@Nullable String typed) {
        if (typed == null || typed.isBlank()) return null;
        var m = HOURS_MINUTES.matcher(ArabicDigits.toLatin(typed.strip()));
        if (!m.matches()) throw new DateTimeException("not HH:MM: " + typed);
        return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
}
