package org.nafitha.appointments.internal.officials;

import java.time.Clock;
import java.time.LocalTime;

import org.nafitha.country.Calendars;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo: the officials' calendar for the coming four weeks, published as their offices would: a
 * weekly public session (the minister's on Sunday evening, as the Saudi majlis is held) and private
 * meeting slots on Tuesday and Wednesday mornings.
 */
@Component
@Profile("demo")
class DemoOfficialSessions implements ApplicationRunner {

    private final Officials officials;
    private final Calendars calendars;
    private final Clock clock;

    DemoOfficialSessions(Officials officials, Calendars calendars, Clock clock) {
        this.officials = officials;
        this.calendars = calendars;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (officials.anyFuture(clock.instant())) return;
        var today = calendars.today(clock);
        for (int d = 1; d <= 28; d++) {
            var day = today.plusDays(d);
            var zone = calendars.zone();
            switch (day.getDayOfWeek()) {
                case SUNDAY -> officials.publish("minister", Session.Kind.PUBLIC, day.atTime(LocalTime.of(19, 30)).atZone(zone).toInstant(), 120,
                        "ديوان وزارة الداخلية — مجلس الاستقبال، طريق الملك عبد العزيز، الرياض",
                        "Ministry of Interior — reception hall, King Abdulaziz Road, Riyadh");
                case MONDAY -> officials.publish("passports-director", Session.Kind.PUBLIC, day.atTime(LocalTime.of(10, 0)).atZone(zone).toInstant(), 120,
                        "المديرية العامة للجوازات — حي الوزارات، الرياض",
                        "General Directorate of Passports — Al Wizarat, Riyadh");
                case TUESDAY, WEDNESDAY -> {
                    for (var official : new String[]{"minister", "deputy-security", "passports-director"}) {
                        for (var time : new LocalTime[]{LocalTime.of(9, 0), LocalTime.of(9, 30), LocalTime.of(10, 0)}) {
                            officials.publish(official, Session.Kind.PRIVATE, day.atTime(time).atZone(zone).toInstant(), 30,
                                    "مكتب " + officials.find(official).orElseThrow().titleAr().replace("معالي ", ""),
                                    "Office of the " + officials.find(official).orElseThrow().titleEn());
                        }
                    }
                }
                case THURSDAY -> officials.publish("deputy-security", Session.Kind.PUBLIC, day.atTime(LocalTime.of(11, 0)).atZone(zone).toInstant(), 90,
                        "وكالة الوزارة للشؤون الأمنية — المبنى الرئيس لوزارة الداخلية، الرياض",
                        "Deputy Ministry for Security Affairs — Ministry of Interior main building, Riyadh");
                default -> { }
            }
        }
    }

}
