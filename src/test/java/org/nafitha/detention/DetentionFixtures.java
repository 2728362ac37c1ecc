package org.nafitha.detention;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo custody register as the detention tests use it: staff of each facility, detainees by file. */
final class DetentionFixtures {

    static final Actor MALAZ_OFFICER = staff("prison-officer1", Role.PRISON_OFFICER, "ruh-malaz");
    static final Actor MALAZ_SOCIAL = staff("prison-social1", Role.PRISON_SOCIAL, "ruh-malaz");
    static final Actor MALAZ_SECURITY = staff("prison-security1", Role.PRISON_SECURITY, "ruh-malaz");
    static final Actor MALAZ_HEAD = staff("prison-head1", Role.PRISON_HEAD, "ruh-malaz");
    static final Actor BRIMAN_OFFICER = staff("prison-officer-jed", Role.PRISON_OFFICER, "jed-briman");
    static final Actor BRIMAN_HEAD = staff("prison-head-jed", Role.PRISON_HEAD, "jed-briman");

    private DetentionFixtures() {
    }

    static Actor staff(String username, Role role, String facility) {
        return new Actor(username, null, username, Set.of(role), facility);
    }

    static UUID detainee(JdbcClient jdbc, String fileNumber) {
        return jdbc.sql("SELECT id FROM detainees WHERE file_number = :f").param("f", fileNumber).query(UUID.class).single();
    }

    /** The first visiting day at Al-Malaz (Thursday to Saturday) on or after {@code from}, skipping {@code except}. */
    static LocalDate malazVisitDay(LocalDate from, Set<LocalDate> except) {
        var day = from;
        while (!Set.of(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY).contains(day.getDayOfWeek())
                || except.contains(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
