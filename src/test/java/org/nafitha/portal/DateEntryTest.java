package org.nafitha.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DateEntryTest {

    private static DateEntry.Result read(String calendar, String day, String month, String year) {
        return DateEntry.read(Map.of("birth-calendar", calendar, "birth-day", day, "birth-month", month, "birth-year", year), "birth");
    }

    @Test
    void hijriDateInArabicIndicDigitsIsReadAsItsGregorianDay() {
        var result = read("hijri", "١٥", "٩", "١٤١٠");
        assertThat(result).isEqualTo(new DateEntry.Read(LocalDate.of(1990, 4, 11), result.typed()));
    }

    @Test
    void gregorianDateInPersianDigitsIsRead() {
        assertThat(read("gregorian", "۱۲", "۴", "۱۹۹۰")).isInstanceOf(DateEntry.Read.class)
                .extracting(r -> ((DateEntry.Read) r).date()).isEqualTo(LocalDate.of(1990, 4, 12));
    }

    @Test
    void whatWasTypedIsKeptWhenRefused() {
        var refused = (DateEntry.Refused) read("gregorian", "31", "2", "1990");
        assertThat(refused.problem()).isEqualTo(DateEntry.Problem.NOT_A_DATE);
        assertThat(refused.typed()).isEqualTo(new DateEntry.Typed("gregorian", "31", "2", "1990"));
    }

    @Test
    void everyBadInputHasItsReason() {
        assertThat(problem(read("hijri", "", "", ""))).isEqualTo(DateEntry.Problem.MISSING);
        assertThat(problem(read("hijri", "15", "", "1410"))).isEqualTo(DateEntry.Problem.INCOMPLETE);
        assertThat(problem(read("hijri", "خمسة", "9", "1410"))).isEqualTo(DateEntry.Problem.NOT_A_NUMBER);
        assertThat(problem(read("hijri", "30", "13", "1410"))).isEqualTo(DateEntry.Problem.NOT_A_DATE);
        assertThat(problem(read("hijri", "1", "1", "1990"))).isEqualTo(DateEntry.Problem.OUT_OF_RANGE);
        assertThat(problem(read("gregorian", "1", "1", "1410"))).isEqualTo(DateEntry.Problem.OUT_OF_RANGE);
    }

    @Test
    void withoutACalendarChosenTheDateIsHijri() {
        var result = DateEntry.read(Map.of("birth-day", "1", "birth-month", "1", "birth-year", "1445"), "birth");
        assertThat(((DateEntry.Read) result).date()).isEqualTo(LocalDate.of(2023, 7, 19));
    }

    private static DateEntry.Problem problem(DateEntry.Result result) {
        return ((DateEntry.Refused) result).problem();
    }
}
