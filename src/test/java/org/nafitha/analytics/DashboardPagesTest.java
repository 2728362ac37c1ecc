package org.nafitha.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.nafitha.TestClock;
import org.nafitha.appointments.internal.BookingAppointments;
import org.nafitha.appointments.internal.ChangingAppointments;
import org.nafitha.appointments.internal.Offices;
import org.nafitha.cases.internal.ServiceLevelClock;
import org.nafitha.country.Calendars;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The performance dashboard: a head sees their department's, leadership all, with charts, tables and the late cases. */
@NafithaTest
@AutoConfigureMockMvc
class DashboardPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
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
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String html(MvcVisitor visitor, String path) throws Exception {
        var response = visitor.perform(get(path)).getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    @Test
    void aHeadSeesTheirDepartmentsChartsEachWithItsTableAndIsRefusedAnother() throws Exception {
        var head = MvcVisitor.signedInOnce(mvc, port, "police-head");
        var page = html(head, "/staff/analytics?lang=en");
        assertThat(page).contains("Service performance", "Your department&#39;s figures only: Police", "Cases by channel",
                "Decisions by days taken", "direction=\"ltr\"", "<table", "Good conduct certificate")
                .doesNotContain("Passport renewal").doesNotContain("name=\"department\"");
        assertThat(page.split("<svg xmlns").length - 1).isEqualTo(3);
        assertThat(html(head, "/staff/analytics?lang=ar")).contains("direction=\"rtl\"", "أداء الخدمات");
        assertThat(head.perform(get("/staff/analytics").param("department", "passports")).getResponse().getStatus())
                .isEqualTo(403);
        var wrong = html(head, "/staff/analytics?lang=en&from=2026-13-01&to=2026-12-31");
        assertThat(wrong).contains("Enter two valid dates, the end not before the start").contains("value=\"2026-13-01\"");
        assertThat(MvcVisitor.signedInOnce(mvc, port, "police1").perform(get("/staff/analytics")).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(MvcVisitor.signedInOnce(mvc, port, "1000000016").perform(get("/staff/analytics")).getResponse()
                .getStatus()).isEqualTo(403);
    }

    @Test
    void leadershipFiltersByDepartmentAndDrillsIntoTheLateCases() throws Exception {
        clock.advance(Duration.ofDays(2_000 + ThreadLocalRandom.current().nextInt(3_000)));
        var from = calendars.today(clock);
        var api = new ApiClient(port);
        var reference = api.post("/api/v1/applications", api.login("1000000016"), """
                {"serviceCode":"good-conduct-certificate","fields":{"purpose":"work","addressedTo":"وزارة التعليم",\
                "language":"ar","mobile":"0551112233"}}""", "Idempotency-Key", UUID.randomUUID().toString()).text("reference");
        clock.advance(Duration.ofDays(6));
        serviceLevel.escalateOverdue();
        var query = "from=" + from + "&to=" + calendars.today(clock) + "&department=police&service=good-conduct-certificate";

        var leader = MvcVisitor.signedInOnce(mvc, port, "leader1");
        var dashboard = html(leader, "/staff/analytics?lang=en&" + query);
        assertThat(dashboard).contains("name=\"department\"").contains("<option value=\"police\" selected=\"selected\"");
        assertThat(dashboard).contains("/staff/analytics/late?");
        await().atMost(Duration.ofSeconds(20)).until(() -> html(leader, "/staff/analytics/late?lang=en&" + query)
                .contains(reference));
        var late = html(leader, "/staff/analytics/late?lang=en&" + query);
        assertThat(late).contains("Late cases", "Not decided yet", "Online");
        assertThat(html(leader, "/staff/analytics/late?lang=en&" + query.replace("police", "traffic")))
                .doesNotContain(reference);
        // An appointment is booked for the case at an office: the office's figures and late cases hold it, another's not.
        var appointments = new AppointmentsForCases(booking, changing, jdbc, offices, calendars, clock);
        var office = appointments.office();
        var elsewhere = appointments.office();
        appointments.bookFor("1000000016", reference, office);
        await().atMost(Duration.ofSeconds(20)).until(() -> html(leader, "/staff/analytics/late?lang=en&" + query
                + "&office=" + office).contains(reference));
        assertThat(html(leader, "/staff/analytics/late?lang=en&" + query + "&office=" + elsewhere)).doesNotContain(reference);
        assertThat(html(leader, "/staff/analytics?lang=en&" + query + "&office=" + office))
                .contains("<dt>Submitted</dt><dd>1</dd>", "office=" + office)
                .contains("<option value=\"" + office + "\" selected=\"selected\"");
        assertThat(html(leader, "/staff/analytics?lang=en&" + query + "&office=" + elsewhere))
                .contains("<dt>Submitted</dt><dd>0</dd>");
        assertThat(html(leader, "/staff/analytics?lang=en&" + query + "&office=none"))
                .contains("<option value=\"none\" selected=\"selected\">No office (applied online, no appointment)</option>")
                .contains("<dt>Submitted</dt><dd>0</dd>");
        // The case is open at the period's end: the backlog shows it, by how long it has waited.
        assertThat(dashboard).contains("Open cases", "cases open at the end of the period, waiting", "Waiting (days)",
                "Appeals", "Lodged in the period", "Appointments at the offices", "Did not come",
                "Notifications delivered", "Confirmed delivered by the operator");

        // A misspelt filter is named on the page, with the figures of everything instead.
        var misspelt = html(leader, "/staff/analytics?lang=en&service=good-conduct&channel=POST&department=nowhere"
                + "&office=nowhere");
        assertThat(misspelt).contains("There is no service with this code", "There is no channel with this name",
                "There is no department with this code", "There is no office with this code", "error-summary");
        assertThat(html(leader, "/staff/analytics?lang=en")).contains("name=\"office\"",
                "<option value=\"riyadh-passports-olaya\"");
    }

    @Test
    void leadershipLandsOnTheDashboardAndItsNavigationOffersOnlyWhatItMayOpen() throws Exception {
        var leader = MvcVisitor.signedIn(mvc, port, "leader1");
        assertThat(leader.perform(get("/me")).getResponse().getRedirectedUrl()).isEqualTo("/staff/analytics");
        var page = html(leader, "/staff/analytics?lang=en");
        assertThat(page).contains("href=\"/staff/analytics\"").doesNotContain("href=\"/staff/queue\"")
                .doesNotContain("href=\"/staff/archive\"");
        assertThat(leader.perform(get("/staff/queue")).getResponse().getStatus()).isEqualTo(403);
        var head = MvcVisitor.signedInOnce(mvc, port, "police-head");
        assertThat(html(head, "/staff/queue?lang=en")).contains("href=\"/staff/analytics\"", "href=\"/staff/queue\"");
    }
}
