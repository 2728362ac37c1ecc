package org.nafitha.detention.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

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
    private final DemoCustodyRows rows;
    private final Clock clock;
    private final Calendars calendars;
    private final CourtSessions sessions;
    private final Facilities facilities;

    DemoCustodyRegister(JdbcClient jdbc, Clock clock, Calendars calendars, CourtSessions sessions, Facilities facilities) {
        this.jdbc = jdbc;
        this.rows = new DemoCustodyRows(jdbc, clock);
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
        rows.facility("ruh-malaz", "سجن الملز العام بالرياض", "Al-Malaz General Prison, Riyadh", 150_000, "4,5,6");
        rows.facility("jed-briman", "سجن بريمان بجدة", "Briman Prison, Jeddah", 100_000, "5,6");
        rows.wing("ruh-malaz", "A", "الجناح (أ)", "Wing A");
        rows.wing("ruh-malaz", "C", "الجناح (ج)", "Wing C");
        rows.wing("jed-briman", "B", "الجناح (ب)", "Wing B");
        rows.detainee(FAHD, "1000000073", "MLZ-1446-00213", "فهد بن علي الزهراني", "Fahd bin Ali Al-Zahrani", "ruh-malaz", "A",
                LocalDate.of(2025, 2, 11), "ON_TRIAL", 4, "سكري من النوع الثاني، يتلقى الأنسولين بانتظام وحالته مستقرة",
                "Type 2 diabetes, receives insulin regularly, stable", true);
        rows.detainee(MAJID, "1000000107", "MLZ-1444-00871", "ماجد بن حمد الشمري", "Majid bin Hamad Al-Shammari", "ruh-malaz", "C",
                LocalDate.of(2023, 8, 14), "SENTENCED", 4, "ارتفاع في ضغط الدم", "High blood pressure", false);
        jdbc.sql("UPDATE detainees SET sentence_ar = :ar, sentence_en = :en, expected_release = :on WHERE id = :id")
                .param("ar", "السجن أربع سنوات").param("en", "Four years' imprisonment")
                .param("on", LocalDate.of(2027, 8, 14)).param("id", MAJID).update();
        rows.detainee(SULTAN, "1000000099", "BRM-1447-00042", "سلطان بن ماجد العتيبي", "Sultan bin Majid Al-Otaibi", "jed-briman", "B",
                today.minusDays(9), "UNDER_INVESTIGATION", 0, null, null, false);
        rows.detainee(ABDULLAH, "1000000115", "BRM-1447-00017", "عبد الله بن سعد القرني", "Abdullah bin Saad Al-Qarni", "jed-briman", "B",
                LocalDate.of(2025, 10, 2), "REMANDED", 2, null, null, false);
        rows.detainee(RAJESH, "2000000022", "BRM-1447-00029", "راجيش كومار", "Rajesh Kumar", "jed-briman", "B",
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
        rows.contact(FAHD, "1000000008", "أحمد بن علي الزهراني", "SIBLING");
        rows.contact(FAHD, "1000000081", "هيا بنت محمد الدوسري", "SPOUSE");
        rows.contact(FAHD, "1000000057", "خالد بن سعيد الغامدي", "LAWYER");
        var closed = today.plusDays(20);
        var visitDays = facilities.find("ruh-malaz").orElseThrow().visitDays();
        while (!visitDays.contains(closed.getDayOfWeek())) closed = closed.plusDays(1);
        facilities.addBlackout("ruh-malaz", closed, "صيانة قاعة الزيارات", "Visiting hall under maintenance");
    }
}
