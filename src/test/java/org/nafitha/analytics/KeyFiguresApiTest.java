package org.nafitha.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.Assignees;
import org.nafitha.NafithaTest;
import org.nafitha.TestClock;
import org.nafitha.appointments.internal.BookingAppointments;
import org.nafitha.appointments.internal.ChangingAppointments;
import org.nafitha.appointments.internal.Offices;
import org.nafitha.cases.internal.ServiceLevelClock;
import org.nafitha.country.Calendars;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The key figures come from the case events alone, yet equal what a direct count over the cases
 * gives; a head reads only their own department's figures.
 */
@NafithaTest
class KeyFiguresApiTest {

    private static final String SERVICE = "good-conduct-certificate";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    Calendars calendars;
    @Autowired
    ServiceLevelClock serviceLevel;
    @Autowired
    BookingAppointments booking;
    @Autowired
    ChangingAppointments changing;
    @Autowired
    Offices offices;
    ApiClient api;
    AppointmentsForCases appointments;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        appointments = new AppointmentsForCases(booking, changing, jdbc, offices, calendars, clock);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String submitted(String citizen) {
        var response = api.post("/api/v1/applications", citizen, """
                {"serviceCode":"good-conduct-certificate","fields":{"purpose":"work","addressedTo":"شركة المراعي",\
                "language":"ar","mobile":"0551112233"}}""", "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(response.status()).isEqualTo(201);
        return response.text("reference");
    }

    private void decide(String token, String reference, String body) {
        assertThat(api.post("/api/v1/staff/cases/" + reference + "/decisions", token, body).status()).isEqualTo(200);
    }

    private void approve(String reference) {
        decide(api.login(Assignees.of(jdbc, reference)), reference, "{\"action\":\"approve\"}");
        decide(api.login("police-head"), reference, "{\"action\":\"confirm\"}");
    }

    @Test
    void theFiguresEqualADirectCountOverTheCasesTheyCameFrom() {
        // A day of its own, years ahead, so that no other test's cases fall in the period.
        clock.advance(Duration.ofDays(2_000 + ThreadLocalRandom.current().nextInt(3_000)));
        var from = calendars.today(clock);
        var citizen = api.login("1000000016");
        var references = new ArrayList<String>();
        for (int i = 0; i < 6; i++) references.add(submitted(citizen));
        approve(references.get(0));
        clock.advance(Duration.ofDays(2).plusHours(3));
        approve(references.get(1));
        decide(api.login("police-head"), references.get(2),
                "{\"action\":\"reject\",\"reason\":\"record-exists\",\"note\":\"توجد سابقة مسجلة\"}");
        clock.advance(Duration.ofDays(3));
        approve(references.get(3));
        clock.advance(Duration.ofDays(4));
        // The service-level clock runs now rather than within the minute: the two cases still open are late.
        serviceLevel.escalateOverdue();
        approve(references.get(4));
        var to = calendars.today(clock);
        var query = "/api/v1/analytics/kpis?from=" + from + "&to=" + to + "&service=" + SERVICE;

        var leader = api.login("leader1");
        var direct = directCount(from, to);
        // The roll-ups follow the events after their transactions commit.
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            var f = api.get(query, leader).body();
            return f.path("completed").asLong() == 4 && f.path("refused").asLong() == 1
                    && f.path("slaCompliance").asDouble() == direct.withinServiceLevel();
        });
        var figures = api.get(query, leader).body();
        assertThat(figures.path("submitted").asLong()).isEqualTo(direct.submitted()).isEqualTo(6);
        assertThat(figures.path("completed").asLong()).isEqualTo(direct.completed());
        assertThat(figures.path("refused").asLong()).isEqualTo(direct.refused());
        assertThat(figures.path("completionRate").asDouble()).isEqualTo(0.8);
        assertThat(figures.path("medianDays").asInt()).isEqualTo(direct.percentile(0.5));
        assertThat(figures.path("p90Days").asInt()).isEqualTo(direct.percentile(0.9));
        assertThat(direct.daysTaken()).containsExactlyInAnyOrder(0, 2, 2, 5, 9);
        assertThat(direct.withinServiceLevel()).isLessThan(1.0);
        assertThat(figures.path("slaCompliance").asDouble()).isEqualTo(direct.withinServiceLevel());
        assertThat(figures.path("channels").path("ONLINE").asLong()).isEqualTo(6);
        assertThat(figures.path("digitalTakeUp").asDouble()).isEqualTo(1.0);
        assertThat(figures.path("costPerTransaction").decimalValue()).isEqualByComparingTo("4.50");
        assertThat(figures.path("satisfaction").path("answers").asLong()).isZero();
        // One of these cases is still open at the period's end, waiting since the first day (9 or 10 days by the
        // country's calendar); the backlog also holds other tests' open cases of the service, submitted long before.
        assertThat(figures.path("backlog").path("open").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(figures.path("backlog").path("byAge").path("8-30").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(figures.path("appeals").path("lodged").asLong()).isZero();
        // By channel: the six came online, none through the reception desk.
        assertThat(api.get(query + "&channel=ONLINE", leader).body().path("submitted").asLong()).isEqualTo(6);
        assertThat(api.get(query + "&channel=RECEPTION", leader).body().path("submitted").asLong()).isZero();

        // Two applicants answer the question asked once their case ended: 5 and 2.
        for (var answered : List.of(references.get(0), references.get(2))) {
            await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/v1/applications/" + answered
                    + "/satisfaction", citizen).body().path("asked").asBoolean());
        }
        assertThat(api.post("/api/v1/applications/" + references.get(0) + "/satisfaction", citizen, "{\"score\":5}",
                "Idempotency-Key", UUID.randomUUID().toString()).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/applications/" + references.get(2) + "/satisfaction", citizen,
                "{\"score\":\"٢\",\"comment\":\"تأخر الرد\"}", "Idempotency-Key", UUID.randomUUID().toString()).status())
                .isEqualTo(201);
        var satisfaction = api.get(query, leader).body().path("satisfaction");
        assertThat(satisfaction.path("answers").asLong()).isEqualTo(2);
        assertThat(satisfaction.path("mean").asDouble()).isEqualTo(3.5);
        assertThat(satisfaction.path("satisfiedShare").asDouble()).isEqualTo(0.5);

        // Two cases are handled at an office (an appointment booked for each there, then cancelled: still the office
        // they were handled at), the case still open at another; each office's figures are a count of its own cases.
        var olaya = appointments.office();
        var malaz = appointments.office();
        appointments.bookFor("1000000016", references.get(0), olaya);
        appointments.bookFor("1000000016", references.get(2), olaya);
        appointments.bookFor("1000000016", references.get(5), malaz);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                api.get(query + "&office=" + olaya, leader).body().path("submitted").asLong() == 2
                        && api.get(query + "&office=" + malaz, leader).body().path("submitted").asLong() == 1);
        var atOlaya = api.get(query + "&office=" + olaya, leader).body();
        var directAtOlaya = directCount(from, to, olaya);
        assertThat(atOlaya.path("submitted").asLong()).isEqualTo(directAtOlaya.submitted()).isEqualTo(2);
        assertThat(atOlaya.path("completed").asLong()).isEqualTo(directAtOlaya.completed()).isEqualTo(1);
        assertThat(atOlaya.path("refused").asLong()).isEqualTo(directAtOlaya.refused()).isEqualTo(1);
        assertThat(atOlaya.path("medianDays").asInt()).isEqualTo(directAtOlaya.percentile(0.5));
        assertThat(atOlaya.path("p90Days").asInt()).isEqualTo(directAtOlaya.percentile(0.9)).isEqualTo(2);
        assertThat(atOlaya.path("slaCompliance").asDouble()).isEqualTo(directAtOlaya.withinServiceLevel());
        assertThat(atOlaya.path("channels").path("ONLINE").asLong()).isEqualTo(2);
        assertThat(atOlaya.path("satisfaction").path("answers").asLong()).as("the ratings moved with their cases").isEqualTo(2);
        assertThat(atOlaya.path("satisfaction").path("mean").asDouble()).isEqualTo(3.5);
        assertThat(atOlaya.path("backlog").path("open").asLong()).isZero();
        var atMalaz = api.get(query + "&office=" + malaz, leader).body();
        var directAtMalaz = directCount(from, to, malaz);
        assertThat(atMalaz.path("submitted").asLong()).isEqualTo(directAtMalaz.submitted()).isEqualTo(1);
        assertThat(atMalaz.path("completed").asLong()).isEqualTo(directAtMalaz.completed()).isZero();
        assertThat(atMalaz.path("medianDays").isNull()).isTrue();
        assertThat(atMalaz.path("backlog").path("open").asLong()).isEqualTo(1);
        assertThat(atMalaz.path("backlog").path("byAge").path("8-30").asLong()).isEqualTo(1);
        // The cases handled at no office: the other three, none of them rated.
        var atNoOffice = api.get(query + "&office=none", leader).body();
        var directAtNoOffice = directCount(from, to, "none");
        assertThat(atNoOffice.path("submitted").asLong()).isEqualTo(directAtNoOffice.submitted()).isEqualTo(3);
        assertThat(atNoOffice.path("completed").asLong()).isEqualTo(directAtNoOffice.completed()).isEqualTo(3);
        assertThat(atNoOffice.path("medianDays").asInt()).isEqualTo(directAtNoOffice.percentile(0.5));
        assertThat(atNoOffice.path("p90Days").asInt()).isEqualTo(directAtNoOffice.percentile(0.9));
        assertThat(atNoOffice.path("slaCompliance").asDouble()).as("two of three: the one escalated was late")
                .isCloseTo(directAtNoOffice.withinServiceLevel(), within(0.00005));
        assertThat(atNoOffice.path("satisfaction").path("answers").asLong()).isZero();
        // Every office together: the figures as before.
        var together = api.get(query, leader).body();
        assertThat(together.path("submitted").asLong()).isEqualTo(6);
        assertThat(together.path("completed").asLong()).isEqualTo(4);
        assertThat(together.path("satisfaction").path("answers").asLong()).isEqualTo(2);
        var unknownOffice = api.get(query + "&office=no-such-office", leader);
        assertThat(unknownOffice.status()).isEqualTo(400);
        assertThat(unknownOffice.text("code")).isEqualTo("analytics.UNKNOWN_OFFICE");

        // The department's head reads the same figures; the head of another department is refused them.
        var ownHead = api.get(query + "&department=police", api.login("police-head"));
        assertThat(ownHead.status()).isEqualTo(200);
        assertThat(ownHead.body().path("submitted").asLong()).isEqualTo(6);
        assertThat(api.get(query, api.login("police-head")).body().path("completed").asLong()).isEqualTo(4);
        var otherHead = api.get(query + "&department=police", api.login("head1"));
        assertThat(otherHead.status()).isEqualTo(403);
        assertThat(otherHead.contentType()).startsWith("application/problem+json");
        assertThat(otherHead.text("code")).isEqualTo("analytics.OTHER_DEPARTMENT");
        // Without naming one, a head gets their own department: passports had no such cases on these days.
        assertThat(api.get(query, api.login("head1")).body().path("submitted").asLong()).isZero();
    }

    @Test
    void citizensAndOfficersReadNoFiguresAndABadPeriodIsABadRequest() {
        assertThat(api.get("/api/v1/analytics/kpis", api.login("1000000016")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/analytics/kpis", api.login("police1")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/analytics/kpis", null).status()).isEqualTo(401);
        var leader = api.login("leader1");
        var backwards = api.get("/api/v1/analytics/kpis?from=2026-03-01&to=2026-02-01", leader);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.text("code")).isEqualTo("analytics.BAD_PERIOD");
        assertThat(api.get("/api/v1/analytics/kpis?from=yesterday", leader).text("code")).isEqualTo("analytics.BAD_PERIOD");
        // A filter naming nothing that exists is refused rather than answered with zeros.
        var channel = api.get("/api/v1/analytics/kpis?channel=POST", leader);
        assertThat(channel.status()).isEqualTo(400);
        assertThat(channel.contentType()).startsWith("application/problem+json");
        assertThat(channel.text("code")).isEqualTo("analytics.UNKNOWN_CHANNEL");
        var service = api.get("/api/v1/analytics/kpis?service=no-such-service", leader);
        assertThat(service.status()).isEqualTo(400);
        assertThat(service.text("code")).isEqualTo("analytics.UNKNOWN_SERVICE");
        var department = api.get("/api/v1/analytics/kpis?department=no-such-department", leader);
        assertThat(department.status()).isEqualTo(400);
        assertThat(department.text("code")).isEqualTo("analytics.UNKNOWN_DEPARTMENT");
        // Arabic-Indic digits are dates too.
        assertThat(api.get("/api/v1/analytics/kpis?from=٢٠٢٦-٠١-٠١&to=٢٠٢٦-٠١-٣١", leader).status()).isEqualTo(200);
    }

    private record Direct(long submitted, long completed, long refused, List<Integer> daysTaken, double withinServiceLevel) {

        int percentile(double q) {
            var sorted = daysTaken.stream().sorted().toList();
            return sorted.get((int) Math.ceil(q * sorted.size()) - 1);
        }
    }

    private Direct directCount(LocalDate from, LocalDate to) {
        return directCount(from, to, null);
    }

    /**
     * The same figures counted straight from the cases module's tables; with an office, of the cases an
     * appointment was booked for there (the appointments module's table), or for {@code "none"} of those with none.
     */
    private Direct directCount(LocalDate from, LocalDate to, @Nullable String office) {
        var ofOffice = office == null ? "" : office.equals("none")
                ? " AND c.reference NOT IN (SELECT case_reference FROM appointments WHERE case_reference IS NOT NULL)"
                : " AND c.reference IN (SELECT case_reference FROM appointments WHERE office_id = :o)";
        var start = Timestamp.from(from.atStartOfDay(calendars.zone()).toInstant());
        var end = Timestamp.from(to.plusDays(1).atStartOfDay(calendars.zone()).toInstant());
        long submitted = jdbc.sql("""
                        SELECT COUNT(*) FROM cases c WHERE service_code = :s AND submitted_at >= :a AND submitted_at < :b"""
                        + ofOffice)
                .param("s", SERVICE).param("a", start).param("b", end).param("o", String.valueOf(office))
                .query(Long.class).single();
        record Decision(String status, Instant submittedAt, Instant at, boolean escalated) {
        }
        var decisions = jdbc.sql("""
                        SELECT t.to_status, c.submitted_at, t.at,
                               (SELECT COUNT(*) FROM case_timeline e WHERE e.case_reference = c.reference
                                AND e.action = 'escalate' AND e.at <= t.at)
                        FROM case_timeline t JOIN cases c ON c.reference = t.case_reference
                        WHERE c.service_code = :s AND t.to_status IN ('APPROVED', 'REJECTED') AND t.from_status <> t.to_status
                        AND t.at >= :a AND t.at < :b""" + ofOffice)
                .param("s", SERVICE).param("a", start).param("b", end).param("o", String.valueOf(office))
                .query((rs, n) -> new Decision(rs.getString(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant(), rs.getLong(4) > 0))
                .list();
        var days = decisions.stream().map(d -> (int) (Duration.between(d.submittedAt(), d.at()).toSeconds() / 86_400)).toList();
        return new Direct(submitted, decisions.stream().filter(d -> d.status().equals("APPROVED")).count(),
                decisions.stream().filter(d -> d.status().equals("REJECTED")).count(), days,
                decisions.isEmpty() ? Double.NaN : (double) decisions.stream().filter(d -> !d.escalated()).count() / decisions.size());
    }
}
