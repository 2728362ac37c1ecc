package org.nafitha.country;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** Dates in both calendars, and in the Gregorian one alone where the Umm al-Qura tables end. */
class CalendarsTest {

    private final Calendars calendars = new Calendars(defaultProfile());

    /** The default profile (application.yml), bound as the application binds it. */
    private static CountryProperties defaultProfile() {
        try {
            var environment = new StandardEnvironment();
            new YamlPropertySourceLoader().load("default", new ClassPathResource("application.yml"))
                    .forEach(environment.getPropertySources()::addFirst);
            return Binder.get(environment).bind("nafitha.country", CountryProperties.class).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aDayIsWrittenInBothCalendarsInTheReadersDigits() {
        var arabic = calendars.date(LocalDate.of(2026, 11, 23), Locale.forLanguageTag("ar"));
        assertThat(arabic).contains("نوفمبر").contains("جمادى الآخرة").contains("١٤٤٨").contains(" م — ");
        var english = calendars.date(LocalDate.of(2026, 11, 23), Locale.ENGLISH);
        assertThat(english).contains("November").contains("1448");
    }

    @Test
    void aDayBeforeOrAfterTheUmmAlQuraTablesIsWrittenInTheGregorianCalendarAlone() {
        var deed = LocalDate.of(1875, 3, 14);
        assertThat(Calendars.hijri(deed, Locale.ENGLISH)).isEmpty();
        assertThat(calendars.date(deed, Locale.ENGLISH)).isEqualTo("Sunday 14 March 1875");
        assertThat(calendars.date(deed, Locale.forLanguageTag("ar"))).isEqualTo("الأحد ١٤ مارس ١٨٧٥");
        assertThat(calendars.date(LocalDate.of(2180, 1, 1), Locale.ENGLISH)).doesNotContain("—");
        assertThat(Calendars.hijri(LocalDate.of(1900, 6, 1), Locale.ENGLISH)).isPresent();
    }
}
