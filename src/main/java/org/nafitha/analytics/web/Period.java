package org.nafitha.analytics.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.ArabicDigits;

/** A period of whole days asked for in a query: by default the last 30 days; Arabic-Indic digits read too. */
record Period(LocalDate from, LocalDate to) {

    /** A period longer than this is refused: the roll-ups hold it, but no dashboard asks for it. */
    static final int MAX_DAYS = 3_660;

    /** @return null when a date is unreadable or the period backwards or too long */
    static @Nullable Period read(@Nullable String from, @Nullable String to, LocalDate today) {
        try {
            var end = to == null || to.isBlank() ? today : LocalDate.parse(ArabicDigits.toLatin(to.strip()));
            var start = from == null || from.isBlank() ? end.minusDays(29) : LocalDate.parse(ArabicDigits.toLatin(from.strip()));
            if (start.isAfter(end) || start.plusDays(MAX_DAYS).isBefore(end)) return null;
            return new Period(start, end);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
