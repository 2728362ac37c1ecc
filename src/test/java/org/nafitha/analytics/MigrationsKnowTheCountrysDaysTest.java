package org.nafitha.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.nafitha.NafithaTest;
import org.nafitha.country.Calendars;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * V104 counts the open cases by the country's days: the application tells Flyway the country's time zone
 * (the same one the running code counts days in), so a database that already holds cases is filled right.
 */
@NafithaTest
class MigrationsKnowTheCountrysDaysTest {

    @Autowired
    Flyway flyway;
    @Autowired
    Calendars calendars;

    @Test
    void flywayIsToldTheCountrysTimeZone() {
        assertThat(flyway.getConfiguration().getPlaceholders())
                .containsEntry("country-zone", calendars.zone().getId())
                .containsEntry("country-zone", "Asia/Riyadh");
    }
}
