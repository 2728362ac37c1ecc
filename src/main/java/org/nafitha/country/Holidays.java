package org.nafitha.country;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import java.time.DateTimeException;

/**
 * The country's public holidays: fixed Gregorian dates (national days) and Hijri dates (the two
 * Eids, Umm al-Qura), each lasting one or more days. Configured in the country profile under
 * {@code nafitha.country.holidays}; offices take no appointments on them.
 */
@Component
public class Holidays {

    /**
     * @param gregorian "MM-dd" for a fixed Gregorian date, or null
     * @param hijri     "MM-dd" in the Hijri calendar (e.g. "10-01" for 1 Shawwal), or null
     * @param days      how many days it lasts from that date (1 when not given)
     */
    public record Holiday(String nameAr, String nameEn, @Nullable String gregorian, @Nullable String hijri,
                          @Nullable Integer days) {

        public Holiday {
            if ((gregorian == null) == (hijri == null)) {
                throw new IllegalArgumentException("holiday " + nameEn + ": give either gregorian or hijri (MM-dd)");
            }
            if (days == null) days = 1;
            if (days < 1 || days > 30) throw new IllegalArgumentException("holiday " + nameEn + ": days 1-30");
            var date = gregorian != null ? gregorian : hijri;
            if (!date.matches("\\d{2}-\\d{2}")) throw new IllegalArgumentException("holiday " + nameEn + ": MM-dd");
        }

        public String name(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? nameAr : nameEn;
        }

        boolean covers(LocalDate date) {
            for (int back = 0; back < days; back++) {
                var day = date.minusDays(back);
                if (gregorian != null && MonthDay.from(day).equals(MonthDay.parse("--" + gregorian))) return true;
                if (hijri != null && hijriMonthDay(day).equals(hijri)) return true;
            }
            return false;
        }

        private static String hijriMonthDay(LocalDate day) {
            try {
                var h = HijrahDate.from(day);
                return "%02d-%02d".formatted(h.get(ChronoField.MONTH_OF_YEAR), h.get(ChronoField.DAY_OF_MONTH));
            } catch (DateTimeException outsideUmmAlQura) {
                return "";
            }
        }
    }

    @ConfigurationProperties("nafitha.country")
    public record Calendar(@Nullable List<Holiday> holidays) {

        public Calendar {
            holidays = holidays == null ? List.of() : List.copyOf(holidays);
        }
    }

    private final List<Holiday> holidays;

    public Holidays(Calendar calendar) {
        this.holidays = calendar.holidays();
    }

    /** The holiday on this date, if any. */
    public Optional<Holiday> on(LocalDate date) {
        return holidays.stream().filter(h -> h.covers(date)).findFirst();
    }

    public List<Holiday> all() {
        return holidays;
    }
}
