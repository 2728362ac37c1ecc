package org.nafitha.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.nafitha.TestClock;
import org.nafitha.country.Calendars;
import org.nafitha.detention.DetentionError;
import org.nafitha.detention.internal.DecidingRequests;
import org.nafitha.detention.internal.DetentionRequests;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.meetings.internal.JoiningMeetings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A family's video visit to a detainee becomes a recorded call: the prison officer approves it with a
 * start time within the video visiting hours, the meetings module books the room, and only the family
 * member and the facility's officers may join it, within its slot and its 30 minutes.
 */
@NafithaTest
@AutoConfigureMockMvc
class VideoVisitMeetingsTest {

    private static final String BROTHER = "1000000008";
    private static final Actor MALAZ_OFFICER = new Actor("prison-officer1", null, "prison-officer1",
            Set.of(Role.PRISON_OFFICER), "ruh-malaz");

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    Calendars calendars;
    @Autowired
    DecidingRequests deciding;
    @Autowired
    DetentionRequests requests;
    @Autowired
    JoiningMeetings joining;

    ApiClient api;
    String brother;
    UUID fahd;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        brother = api.login(BROTHER);
        fahd = jdbc.sql("SELECT id FROM detainees WHERE file_number = 'MLZ-1446-00213'").query(UUID.class).single();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A video visit asked for a day some weeks ahead (each test its own day), still waiting for the officer. */
    private String askForAVideoVisit(LocalDate day) {
        var sent = api.post("/api/v1/detainees/" + fahd + "/requests", brother,
                "{\"type\":\"VIDEO_VISIT\",\"date\":\"" + day + "\",\"details\":\"نطمئن عليه أنا ووالدته\"}",
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(sent.status()).as(sent.raw().body()).isEqualTo(201);
        return sent.text("reference");
    }

    private LocalDate aDayAhead() {
        return calendars.today(clock).plusDays(ThreadLocalRandom.current().nextInt(10, 300));
    }

    private Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(calendars.zone()).toInstant();
    }

    private void moveClockTo(Instant when) {
        clock.advance(Duration.between(clock.instant(), when));
    }

    @Test
    void anApprovedVisitIsACallOnlyTheBrotherAndTheFacilitysOfficersMayJoinWithinItsHalfHour() throws Exception {
        var day = aDayAhead();
        var reference = askForAVideoVisit(day);
        var officer = MvcVisitor.signedInOnce(mvc, port, "prison-officer1");
        var approved = officer.perform(post("/staff/detention/requests/" + reference).with(csrf())
                .param("decision", "approve").param("time", "١٠:٣٠")).getResponse();
        assertThat(approved.getRedirectedUrl()).as("Arabic-Indic digits are a time").isEqualTo("/staff/detention");
        var request = requests.find(reference).orElseThrow();
        assertThat(request.visitAt()).isEqualTo(at(day, 10, 30));
        assertThat(request.visitMinutes()).isEqualTo(30);

        var id = request.id();
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/v1/meetings/" + id, brother).status() == 200);
        var meeting = api.get("/api/v1/meetings/" + id, brother).body();
        assertThat(meeting.path("kind").asString()).isEqualTo("VIDEO_VISIT");
        assertThat(Instant.parse(meeting.path("startsAt").asString())).isEqualTo(at(day, 10, 30));
        assertThat(Instant.parse(meeting.path("endsAt").asString())).isEqualTo(at(day, 11, 0));
        assertThat(meeting.path("participants").get(1).path("role").asString()).isEqualTo("PRISON_OFFICER");
        assertThat(meeting.path("participants").get(1).path("department").asString()).isEqualTo("ruh-malaz");

        // The brother is told when the call is, in his language, and that it is recorded.
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                        SELECT body FROM notification_messages WHERE case_reference = :r
                        AND template_key = 'detention-request-decided' AND channel = 'SMS'""")
                .param("r", reference).query(String.class).list(), list -> !list.isEmpty());
        assertThat(jdbc.sql("""
                        SELECT body FROM notification_messages WHERE case_reference = :r
                        AND template_key = 'detention-request-decided' AND channel = 'SMS'""")
                .param("r", reference).query(String.class).single()).contains("الزيارة المرئية يوم", "وتُسجَّل");

        // The app finds the call through the API too: the request carries its time and the meeting's id.
        var mine = api.get("/api/v1/detainees/" + fahd + "/requests", brother).body().valueStream()
                .filter(r -> r.path("reference").asString().equals(reference)).toList();
        assertThat(mine).singleElement().satisfies(r -> {
            assertThat(r.path("meeting").asString()).isEqualTo(id.toString());
            assertThat(Instant.parse(r.path("visitAt").asString())).isEqualTo(at(day, 10, 30));
            assertThat(r.path("visitMinutes").asInt()).isEqualTo(30);
        });
        assertThat(api.get("/api/v1/detainees/" + fahd + "/requests", api.login("1000000016")).status())
                .as("someone who does not follow him").isEqualTo(404);

        var family = MvcVisitor.signedInOnce(mvc, port, BROTHER)
                .perform(get("/detainees/" + fahd).param("lang", "en")).getResponse().getContentAsString();
        assertThat(family).contains("id=\"video-" + reference + "\"", "href=\"/meetings/" + id + "\"", "30 minutes, recorded");
        var visits = officer.perform(get("/staff/detention/visits").param("day", day.toString())).getResponse()
                .getContentAsString();
        assertThat(visits).contains("id=\"video-" + reference + "\"", "href=\"/staff/meetings/" + id + "\"");
        var hostPage = officer.perform(get("/staff/meetings/" + id)).getResponse();
        assertThat(hostPage.getStatus()).as("the officer opens the visit's call page").isEqualTo(200);
        assertThat(hostPage.getContentAsString()).contains("data-side=\"HOST\"");

        var early = api.post("/api/v1/meetings/" + id + "/join", brother, "{\"recordingAccepted\":true}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text("code")).isEqualTo("meetings.NOT_OPEN_YET");

        moveClockTo(at(day, 10, 28));
        var unaccepted = api.post("/api/v1/meetings/" + id + "/join", brother, "{}", "Accept-Language", "en");
        assertThat(unaccepted.status()).as("no joining without accepting the recording").isEqualTo(422);
        assertThat(unaccepted.text("code")).isEqualTo("meetings.RECORDING_NOT_ACCEPTED");
        assertThat(unaccepted.text("detail")).contains("Recording is a condition of the video visit");
        assertThat(api.post("/api/v1/meetings/" + id + "/join", brother, "{\"recordingAccepted\":true}").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/meetings/" + id + "/join", api.login("prison-officer1"), "{}").status()).isEqualTo(200);
        var jeddahOfficer = new Actor("prison-officer-jed", null, "prison-officer-jed", Set.of(Role.PRISON_OFFICER), "jed-briman");
        assertThat(joining.join(id, jeddahOfficer, true)).as("an officer of another facility")
                .isEqualTo(new JoiningMeetings.Outcome.Refused(MeetingError.NOT_FOUND));
        for (var stranger : new String[] {"prison-social1", "prison-security1", "minister-office1", "1000000016"}) {
            var refused = api.post("/api/v1/meetings/" + id + "/join", api.login(stranger), "{\"recordingAccepted\":true}");
            assertThat(refused.status()).as(stranger).isEqualTo(404);
            assertThat(api.get("/api/v1/meetings/" + id, api.login(stranger)).status()).as(stranger).isEqualTo(404);
        }

        moveClockTo(at(day, 11, 0));
        var over = api.post("/api/v1/meetings/" + id + "/join", brother, "{\"recordingAccepted\":true}");
        assertThat(over.status()).as("the visit lasts its 30 minutes").isEqualTo(409);
        assertThat(over.text("code")).isEqualTo("meetings.OVER");
        assertThat(api.get("/api/v1/meetings/" + id, brother).text("status")).isEqualTo("ENDED");
    }

    @Test
    void aStartTimeOutsideTheHoursUnreadableOrMissingIsRefusedBesideItsFieldWithTheFormKept() throws Exception {
        var reference = askForAVideoVisit(aDayAhead());
        var officer = MvcVisitor.signedInOnce(mvc, port, "prison-officer1");
        var cases = new String[][] {
                {"08:30", "Video visits are held between 09:00 and 16:00; the visit must be over by 16:00."},
                {"15:45", "Video visits are held between 09:00 and 16:00; the visit must be over by 16:00."},
                {"ten thirty", "Write the time as hours and minutes, for example 10:30."},
                {"25:00", "Write the time as hours and minutes, for example 10:30."},
                {"", "Give the start time of the video visit to approve it."}};
        for (var c : cases) {
            var page = officer.perform(post("/staff/detention/requests/" + reference).with(csrf()).param("lang", "en")
                    .param("decision", "approve").param("time", c[0]).param("reason", "زيارة الأسرة المعتادة")).getResponse();
            assertThat(page.getStatus()).as(c[0]).isEqualTo(200);
            var html = page.getContentAsString();
            assertThat(html).as(c[0]).contains(c[1]).contains("id=\"time-" + reference + "-error\"")
                    .contains("aria-invalid=\"true\"").contains("value=\"زيارة الأسرة المعتادة\"");
            if (!c[0].isEmpty()) assertThat(html).contains("value=\"" + c[0] + "\"");
        }
        assertThat(requests.find(reference).orElseThrow().status().name()).isEqualTo("SUBMITTED");
        var arabic = officer.perform(post("/staff/detention/requests/" + reference).with(csrf()).param("lang", "ar")
                .param("decision", "approve").param("time", "١٧:٠٠")).getResponse().getContentAsString();
        assertThat(arabic).contains("تُعقد الزيارات المرئية بين ٠٩:٠٠ و١٦:٠٠");
    }

    @Test
    void aTimeAlreadyPastOnTheVisitsDayIsRefusedAndNothingIsBooked() {
        var day = aDayAhead();
        var reference = askForAVideoVisit(day);
        moveClockTo(at(day, 12, 0));
        assertThat(deciding.decide(MALAZ_OFFICER, reference, true, null, LocalTime.of(11, 0)))
                .contains(DetentionError.TIME_PASSED);
        assertThat(deciding.decide(MALAZ_OFFICER, reference, true, null, null)).contains(DetentionError.TIME_REQUIRED);
        assertThat(deciding.decide(MALAZ_OFFICER, reference, true, null, LocalTime.of(13, 0))).isEmpty();
        var id = requests.find(reference).orElseThrow().id();
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/v1/meetings/" + id, brother).status() == 200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM meetings WHERE booking = :r").param("r", reference).query(Long.class).single())
                .isEqualTo(1);
    }
}
