package org.nafitha.detention.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.Calendars;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo custody register (demo profile only): two facilities and five detainees. Fahd is on trial
 * at Al-Malaz, followed by his brother Ahmed (1000000008) and his wife Haya (1000000081), who alone sees
 * his health; 1000000016 follows no one. Dates are relative to the day the demo starts.
 */
@Component
@Profile("demo")
@Order(40)
class DemoCustodyRegister implements ApplicationRunner {

    static final UUID FAHD = UUID.fromString("6f1c2a9e-3b7d-4e21-9a0c-1d5e8f7a2b01");
    static final UUID MAJID = UUID.fromString("6f1c2a9e-3b7d-4e21-9a0c-1d5e8f7a2b02");
    static final UUID SULTAN = UUID.fromString("6f1c2a9e-3b7d-4e21-9a0c-1d5e8f7a2b03");
    static final UUID ABDULLAH = UUID.fromString("6f1c2a9e-3b7d-4e21-9a0c-1d5e8f7a2b04");
    static final UUID RAJESH = UUID.fromString("6f1c2a9e-3b7d-4e21-9a0c-1d5e8f7a2b05");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Calendars calendars;
    private final CourtSessions sessions;
    private final Facilities facilities;

    DemoCustodyRegister(JdbcClient jdbc, Clock clock, Calendars calendars, CourtSessions sessions, Facilities facilities) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.calendars = calendars;
        this.sessions = sessions;
        this.facilities = facilities;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (facilities.find("ruh-malaz").isPresent()) return;
        var today = calendars.today(clock);
        facility("ruh-malaz", "سجن الملز العام بالرياض", "Al-Malaz General Prison, Riyadh", 150_000, "4,5,6");
        facility("jed-briman", "سجن بريمان بجدة", "Briman Prison, Jeddah", 100_000, "5,6");
        wing("ruh-malaz", "A", "الجناح (أ)", "Wing A");
        wing("ruh-malaz", "C", "الجناح (ج)", "Wing C");
        wing("jed-briman", "B", "الجناح (ب)", "Wing B");
        detainee(FAHD, "1000000073", "MLZ-1446-00213", "فهد بن علي الزهراني", "Fahd bin Ali Al-Zahrani", "ruh-malaz", "A",
                LocalDate.of(2025, 2, 11), "ON_TRIAL", 4, "سكري من النوع الثاني، يتلقى الأنسولين بانتظام وحالته مستقرة",
                "Type 2 diabetes, receives insulin regularly, stable", true);
        detainee(MAJID, "1000000107", "MLZ-1444-00871", "ماجد بن حمد الشمري", "Majid bin Hamad Al-Shammari", "ruh-malaz", "C",
                LocalDate.of(2023, 8, 14), "SENTENCED", 4, "ارتفاع في ضغط الدم", "High blood pressure", false);
        jdbc.sql("UPDATE detainees SET sentence_ar = :ar, sentence_en = :en, expected_release = :on WHERE id = :id")
                .param("ar", "السجن أربع سنوات").param("en", "Four years' imprisonment")
                .param("on", LocalDate.of(2027, 8, 14)).param("id", MAJID).update();
        detainee(SULTAN, "1000000099", "BRM-1447-00042", "سلطان بن ماجد العتيبي", "Sultan bin Majid Al-Otaibi", "jed-briman", "B",
                today.minusDays(9), "UNDER_INVESTIGATION", 0, null, null, false);
        detainee(ABDULLAH, "1000000115", "BRM-1447-00017", "عبد الله بن سعد القرني", "Abdullah bin Saad Al-Qarni", "jed-briman", "B",
                LocalDate.of(2025, 10, 2), "REMANDED", 2, null, null, false);
        detainee(RAJESH, "2000000022", "BRM-1447-00029", "راجيش كومار", "Rajesh Kumar", "jed-briman", "B",
                LocalDate.of(2025, 11, 19), "REMANDED", 2, null, null, false);
        var zone = calendars.zone();
        sessions.add(FAHD, LocalDate.of(2025, 5, 20).atTime(9, 30).atZone(zone).toInstant(),
                "المحكمة الجزائية بالرياض — الدائرة الثالثة", "Riyadh Criminal Court — Third Circuit",
                "تأجيل الجلسة لاستكمال البيّنات", "Adjourned for the evidence to be completed");
        sessions.add(FAHD, today.minusDays(40).atTime(LocalTime.of(10, 0)).atZone(zone).toInstant(),
                "المحكمة الجزائية بالرياض — الدائرة الثالثة", "Riyadh Criminal Court — Third Circuit",
                "سماع أقوال الشهود", "Witnesses heard");
        sessions.add(FAHD, today.plusDays(12).atTime(LocalTime.of(9, 0)).atZone(zone).toInstant(),
                "المحكمة الجزائية بالرياض — الدائرة الثالثة", "Riyadh Criminal Court — Third Circuit", null, null);
        contact(FAHD, "1000000008", "أحمد بن علي الزهراني", "SIBLING");
        contact(FAHD, "1000000081", "هيا بنت محمد الدوسري", "SPOUSE");
        contact(FAHD, "1000000057", "خالد بن سعيد الغامدي", "LAWYER");
        var closed = today.plusDays(20);
        var visitDays = facilities.find("ruh-malaz").orElseThrow().visitDays();
        while (!visitDays.contains(closed.getDayOfWeek())) closed = closed.plusDays(1);
        facilities.addBlackout("ruh-malaz", closed, "صيانة قاعة الزيارات", "Visiting hall under maintenance");
    }

    private void facility(String code, String ar, String en, long capMinor, String weekdays) {
        jdbc.sql("""
                        INSERT INTO detention_facilities (code, name_ar, name_en, deposit_cap_minor, visit_weekdays)
                        VALUES (:code, :ar, :en, :cap, :days)""")
                .param("code", code).param("ar", ar).param("en", en).param("cap", capMinor).param("days", weekdays).update();
    }

    private void wing(String facility, String code, String ar, String en) {
        jdbc.sql("INSERT INTO detention_wings (facility, code, name_ar, name_en) VALUES (:f, :c, :ar, :en)")
                .param("f", facility).param("c", code).param("ar", ar).param("en", en).update();
    }

    private void detainee(UUID id, String nid, String file, String ar, String en, String facility, String wing,
                          LocalDate admitted, String status, int visits, @Nullable String healthAr, @Nullable String healthEn,
                          boolean consent) {
        jdbc.sql("""
                        INSERT INTO detainees (id, national_id, file_number, name_ar, name_en, facility, wing, admitted_on,
                            legal_status, visits_allowed, monthly_visits, health_ar, health_en, health_consent, version)
                        VALUES (:id, :nid, :file, :ar, :en, :facility, :wing, :admitted, :status, :allowed, :visits,
                            :healthAr, :healthEn, :consent, 0)""")
                .param("id", id).param("nid", nid).param("file", file).param("ar", ar).param("en", en)
                .param("facility", facility).param("wing", wing).param("admitted", admitted).param("status", status)
                .param("allowed", visits > 0).param("visits", visits).param("healthAr", healthAr)
                .param("healthEn", healthEn).param("consent", consent).update();
    }

    private void contact(UUID detainee, String person, String name, String relation) {
        jdbc.sql("""
                        INSERT INTO detention_contacts (id, detainee_id, person, name, relation, status, proposed_by,
                            decided_by, created_at, version)
                        VALUES (:id, :d, :p, :name, :relation, 'APPROVED', 'prison-officer1', 'prison-head1', :at, 0)""")
                .param("id", UUID.randomUUID()).param("d", detainee).param("p", person).param("name", name)
                .param("relation", relation).param("at", Timestamp.from(clock.instant())).update();
    }
}
