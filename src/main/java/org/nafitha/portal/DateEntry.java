package org.nafitha.portal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.ArabicDigits;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * A date typed as day, month and year, in the Hijri (Umm al-Qura) or the Gregorian calendar, with
 * Latin, Arabic-Indic or Persian digits — what the {@code dateInput} component sends as
 * {@code <name>-day}, {@code <name>-month}, {@code <name>-year} and {@code <name>-calendar}. Read
 * into a Gregorian {@link LocalDate}, or refused with a {@link Problem} whose message key is
 * {@code portal.design.date.error.<problem>}; the typed values are kept either way to show the form again.
 */
public final class DateEntry {

    public enum Problem { MISSING, INCOMPLETE, NOT_A_NUMBER, NOT_A_DATE, OUT_OF_RANGE;
        public String messageKey() {
            return "portal.design.date.error." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** What the person typed, as typed (for showing the form again). */
    public record Typed(String calendar, String day, String month, String year) {
        public boolean blank() {
            return day.isBlank() && month.isBlank() && year.isBlank();
        }
    }

    public sealed interface Result permits Read, Refused {
        Typed typed();
    }

    public record Read(LocalDate date, Typed typed) implements Result {
    }

    public record Refused(Problem problem, Typed typed) implements Result {
    }

    private DateEntry() {
    }

    public static Result read(Map<String, String> parameters, String name) {
        var typed = new Typed("gregorian".equals(parameters.get(name + "-calendar")) ? "gregorian" : "hijri",
                value(parameters, name + "-day"), value(parameters, name + "-month"), value(parameters, name + "-year"));
        return read(typed);
    }

    public static Result read(Typed typed) {
        if (typed.blank()) return new Refused(Problem.MISSING, typed);
        if (typed.day().isBlank() || typed.month().isBlank() || typed.year().isBlank()) return new Refused(Problem.INCOMPLETE, typed);
        Integer day = number(typed.day()), month = number(typed.month()), year = number(typed.year());
        if (day == null || month == null || year == null) return new Refused(Problem.NOT_A_NUMBER, typed);
        if ("hijri".equals(typed.calendar())) {
            var range = HijrahChronology.INSTANCE.range(ChronoField.YEAR);
            if (year < range.getMinimum() || year > range.getMaximum()) return new Refused(Problem.OUT_OF_RANGE, typed);
        } else if (year < 1850 || year > 2200) {
            return new Refused(Problem.OUT_OF_RANGE, typed);
        }
        try {
            var date = "hijri".equals(typed.calendar())
                    ? LocalDate.from(HijrahDate.of(year, month, day))
                    : LocalDate.of(year, month, day);
            return new Read(date, typed);
        } catch (DateTimeException e) {
            return new Refused(Problem.NOT_A_DATE, typed);
        }
    }

    private static String value(Map<String, String> parameters, String key) {
        var v = parameters.get(key);
        return v == null ? "" : v.strip();
    }

    private static @Nullable Integer number(String text) {
        var latin = ArabicDigits.toLatin(text);
        return latin.matches("\\d{1,4}") ? Integer.valueOf(latin) : null;
    }
}
