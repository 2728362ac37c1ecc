package org.nafitha.appointments;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

import org.nafitha.appointments.internal.Office;
import org.nafitha.appointments.internal.Offices;
import org.nafitha.country.Calendars;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Passport offices of the tests' own, open every day 00:00-23:45 in quarter-hour slots, so a test
 * picks its day and time freely and never shares seats with another test.
 */
public final class TestOffices {

    private final JdbcClient jdbc;
    private final Offices offices;
    private final Calendars calendars;

    public TestOffices(JdbcClient jdbc, Offices offices, Calendars calendars) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.calendars = calendars;
    }

    public Office passportOffice(int counters) {
        var id = "test-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        INSERT INTO appointment_offices (id, office_type, department, name_ar, name_en, address_ar,
                        address_en, map_url, counters, slot_minutes)
                        VALUES (:id, 'PASSPORT_OFFICE', 'passports', 'مكتب جوازات الاختبار', 'Test passports office',
                        'حي الورود، الرياض', 'Al Wurud, Riyadh', 'https://www.openstreetmap.org/', :c, 15)""")
                .param("id", id).param("c", counters).update();
        for (int d = 1; d <= 7; d++) {
            jdbc.sql("INSERT INTO appointment_office_hours VALUES (:id, :d, '00:00', '23:45')").param("id", id).param("d", d).update();
        }
        return offices.find(id).orElseThrow();
    }

    /** A day well inside the booking horizon that is no holiday. */
    public LocalDate openDay(int daysAhead) {
        return LocalDate.now(calendars.zone()).plusDays(daysAhead);
    }

    public Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(calendars.zone()).toInstant();
    }

    /** Someone with a national ID of their own, as the booking sees an applicant. */
    public static Actor person(String nationalId) {
        return new Actor(nationalId, nationalId, "مراجع " + nationalId, Set.of(Role.APPLICANT), null);
    }
}
