package org.nafitha.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The appointments' no-shows and waiting, and the notifications' delivery, reach the key figures for a
 * period: counted by the modules that keep them, on days of their own far ahead so nothing else mixes in.
 */
@NafithaTest
class FiguresFromElsewhereTest {

    static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final LocalDate day = LocalDate.of(2070, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3_000));

    @Test
    void noShowsWaitsAndDeliveryOfAPeriodAreInTheKeyFigures() {
        var office = "figures-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        INSERT INTO appointment_offices (id, office_type, department, name_ar, name_en, address_ar,
                        address_en, map_url, counters, slot_minutes)
                        VALUES (:id, 'PASSPORT_OFFICE', 'passports', 'مكتب جوازات العليا', 'Olaya passports office',
                        'حي العليا، الرياض', 'Olaya, Riyadh', 'https://www.openstreetmap.org/', 2, 15)""")
                .param("id", office).update();
        var nine = day.atTime(9, 0).atZone(RIYADH).toInstant();
        // four kept (waits 3, 5, 10 and 40 minutes), one no-show, one cancelled
        appointment(office, nine, "SERVED", 3);
        appointment(office, nine.plusSeconds(900), "SERVED", 5);
        appointment(office, nine.plusSeconds(1800), "CALLED", 10);
        appointment(office, nine.plusSeconds(2700), "SERVED", 40);
        appointment(office, nine.plusSeconds(3600), "NO_SHOW", null);
        appointment(office, nine.plusSeconds(4500), "CANCELLED", null);
        // three text messages (two confirmed, one undelivered), one e-mail accepted, one still waiting
        message("SMS", "DELIVERED", nine);
        message("SMS", "DELIVERED", nine);
        message("SMS", "UNDELIVERED", nine);
        message("EMAIL", "SUBMITTED", nine);
        message("SMS", "PENDING", nine);

        var api = new ApiClient(port);
        var leader = api.login("leader1");
        var kpis = api.get("/api/v1/analytics/kpis?from=" + day + "&to=" + day + "&service=passport-issue&department=passports",
                leader);
        assertThat(kpis.status()).as(kpis.raw().body()).isEqualTo(200);
        var appointments = kpis.body().path("elsewhere").path("appointments");
        assertThat(appointments.path("booked").asLong()).isEqualTo(5);
        assertThat(appointments.path("cancelled").asLong()).isEqualTo(1);
        assertThat(appointments.path("noShowRate").asDouble()).isEqualTo(0.2);
        assertThat(appointments.path("medianWait").asLong()).isEqualTo(5);
        assertThat(appointments.path("p90Wait").asLong()).isEqualTo(40);
        var notifications = kpis.body().path("elsewhere").path("notifications");
        assertThat(notifications.path("sms.sent").asLong()).isEqualTo(3);
        assertThat(notifications.path("sms.arrived").asDouble()).isBetween(0.666, 0.667);
        assertThat(notifications.path("email.sent").asLong()).isEqualTo(1);
        assertThat(notifications.path("email.arrived").asDouble()).isEqualTo(1.0);
        assertThat(notifications.path("push.arrived").isNull()).as("nothing pushed: no share").isTrue();

        var atTheOffice = api.get("/api/v1/analytics/kpis?from=" + day + "&to=" + day + "&office=" + office, leader).body();
        assertThat(atTheOffice.path("elsewhere").path("appointments").path("booked").asLong()).isEqualTo(5);
        var elsewhere = api.get("/api/v1/analytics/kpis?from=" + day + "&to=" + day + "&office=riyadh-passports-olaya",
                leader).body();
        assertThat(elsewhere.path("elsewhere").path("appointments").path("booked").asLong()).as("another office").isZero();
        var unknown = api.get("/api/v1/analytics/kpis?office=no-such-office", leader);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text("code")).isEqualTo("analytics.UNKNOWN_OFFICE");

        var traffic = api.get("/api/v1/analytics/kpis?from=" + day + "&to=" + day + "&department=traffic", leader).body();
        assertThat(traffic.path("elsewhere").path("appointments").path("booked").asLong())
                .as("the office is the passports department's").isZero();
    }

    private void appointment(String office, Instant startsAt, String status, Integer waitMinutes) {
        var slot = jdbc.sql("INSERT INTO appointment_slots (office_id, starts_at, capacity, booked) VALUES (:o, :s, 2, 1)")
                .param("o", office).param("s", Timestamp.from(startsAt)).update();
        assertThat(slot).isEqualTo(1);
        var slotId = jdbc.sql("SELECT id FROM appointment_slots WHERE office_id = :o AND starts_at = :s")
                .param("o", office).param("s", Timestamp.from(startsAt)).query(Long.class).single();
        var checkedIn = waitMinutes == null ? null : Timestamp.from(startsAt.minus(Duration.ofMinutes(2)));
        var called = waitMinutes == null ? null : Timestamp.from(startsAt.minus(Duration.ofMinutes(2))
                .plus(Duration.ofMinutes(waitMinutes)));
        jdbc.sql("""
                        INSERT INTO appointments (id, code, person, booked_by, service_code, office_id, slot_id, starts_at,
                            minutes, status, created_at, checked_in_at, called_at)
                        VALUES (:id, :code, '1000000016', '1000000016', 'passport-issue', :o, :slot, :s, 15, :status, :s,
                            :in, :called)""")
                .param("id", UUID.randomUUID()).param("code", UUID.randomUUID().toString().substring(0, 8))
                .param("o", office).param("slot", slotId).param("s", Timestamp.from(startsAt)).param("status", status)
                .param("in", checkedIn).param("called", called).update();
    }

    private void message(String channel, String status, Instant at) {
        jdbc.sql("""
                        INSERT INTO notification_messages (id, dedupe_key, recipient, channel, address, language,
                            template_key, template_version, body, status, attempts, next_attempt_at, created_at)
                        VALUES (:id, :key, '1000000016', :channel, '+966500000000', 'ar', 'case-approved', 1,
                            'تمت الموافقة على طلبك', :status, 1, :at, :at)""")
                .param("id", UUID.randomUUID()).param("key", "figures-" + UUID.randomUUID()).param("channel", channel)
                .param("status", status).param("at", Timestamp.from(at)).update();
    }
}
