package org.nafitha.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
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
import org.nafitha.appointments.internal.officials.MeetingRequests;
import org.nafitha.appointments.internal.officials.Officials;
import org.nafitha.country.Calendars;
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
 * A sign-language interpreter as the third participant of a video call (issue 22): asked for with the
 * request (preset from the person's recorded SIGN_LANGUAGE need) and kept with the meeting; assigned by
 * the host, only to a meeting that asked and only an interpreter; joined by that interpreter alone, in
 * the same window as the others and once the person is admitted.
 */
@NafithaTest
@AutoConfigureMockMvc
class SignLanguageInterpretersTest {

    private static final String NOURA = "1000000016";
    private static final String BROTHER = "1000000008";
    private static final String INTERPRETER = "interpreter1";

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    Officials officials;
    @Autowired
    MeetingRequests requests;
    @Autowired
    JoiningMeetings joining;
    @Autowired
    DecidingRequests deciding;
    @Autowired
    DetentionRequests detentionRequests;
    @Autowired
    Calendars calendars;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    BookedMeetings booked;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        booked = new BookedMeetings(api, officials, requests);
    }

    @AfterEach
    void tidyUp() {
        clock.reset();
        jdbc.sql("DELETE FROM accessibility_needs WHERE national_id IN (:p) AND recorded_by = 'interpreters-test'")
                .param("p", List.of(NOURA, BROTHER)).update();
    }

    private void signs(String person) {
        jdbc.sql("""
                INSERT INTO accessibility_needs (national_id, need, note, recorded_by, recorded_at)
                VALUES (:p, 'SIGN_LANGUAGE', 'لغة الإشارة السعودية', 'interpreters-test', CURRENT_TIMESTAMP)
                ON CONFLICT DO NOTHING""").param("p", person).update();
    }

    @Test
    void theAskIsPresetFromTheSignLanguageNeedKeptWithTheMeetingAndAnExplicitNoStands() throws Exception {
        // no sign-language need to begin with, whoever recorded one before (another test records hers on her needs page)
        jdbc.sql("DELETE FROM accessibility_needs WHERE national_id = :p AND need = 'SIGN_LANGUAGE'").param("p", NOURA).update();
        var form = MvcVisitor.signedInOnce(mvc, port, NOURA);
        assertThat(form.perform(get("/appointments/officials")).getResponse().getContentAsString())
                .as("no need recorded: not ticked").containsPattern("id=\"interpreter\"[^>]*value=\"true\">");
        signs(NOURA);
        assertThat(form.perform(get("/appointments/officials")).getResponse().getContentAsString())
                .as("the need recorded: ticked").containsPattern("id=\"interpreter\"[^>]*checked");

        var preset = booked.book(NOURA, Instant.now().plus(Duration.ofDays(3)), 20, null, "");
        var view = api.get("/api/v1/meetings/" + preset, api.login(NOURA));
        assertThat(view.body().path("interpreterAsked").asBoolean()).as("the request did not say: the needs do").isTrue();
        assertThat(jdbc.sql("SELECT interpreter_asked FROM meetings WHERE id = :id").param("id", preset)
                .query(Boolean.class).single()).as("stored with the meeting").isTrue();

        var declined = booked.book(NOURA, Instant.now().plus(Duration.ofDays(3)), 20, false, "");
        assertThat(api.get("/api/v1/meetings/" + declined, api.login(NOURA)).body().path("interpreterAsked").asBoolean())
                .as("the person said no").isFalse();

        var tooLong = api.post("/api/v1/meeting-requests", api.login(NOURA), """
                {"official":"minister","subject":"موضوع","mode":"VIDEO","interpreter":true,"interpreterNote":"%s"}"""
                .formatted("ل".repeat(301)), "Idempotency-Key", UUID.randomUUID().toString(), "Accept-Language", "en");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.body().path("errors").path("interpreterNote").asString()).contains("at most 300 characters");
    }

    @Test
    void aFamilysVideoVisitCarriesTheAskFromItsFormToTheCall() throws Exception {
        var fahd = jdbc.sql("SELECT id FROM detainees WHERE file_number = 'MLZ-1446-00213'").query(UUID.class).single();
        var family = MvcVisitor.signedInOnce(mvc, port, BROTHER);
        var path = "/detainees/" + fahd + "/requests/new";
        jdbc.sql("DELETE FROM accessibility_needs WHERE national_id = :p AND need = 'SIGN_LANGUAGE'").param("p", BROTHER).update();
        assertThat(family.perform(get(path).param("type", "VIDEO_VISIT")).getResponse().getContentAsString())
                .containsPattern("id=\"interpreter\"[^>]*value=\"true\">");
        signs(BROTHER);
        assertThat(family.perform(get(path).param("type", "VIDEO_VISIT")).getResponse().getContentAsString())
                .containsPattern("id=\"interpreter\"[^>]*checked");
        assertThat(family.perform(get(path).param("type", "VISIT")).getResponse().getContentAsString())
                .as("an in-person visit has no call").doesNotContain("id=\"interpreter\"");

        var day = calendars.today(clock).plusDays(ThreadLocalRandom.current().nextInt(10, 300));
        var key = UUID.randomUUID().toString();
        var sent = family.perform(post("/detainees/" + fahd + "/requests").with(csrf()).param("type", "VIDEO_VISIT")
                .param("key", key).param("date-calendar", "gregorian").param("date-day", String.valueOf(day.getDayOfMonth()))
                .param("date-month", String.valueOf(day.getMonthValue())).param("date-year", String.valueOf(day.getYear()))
                .param("details", "نطمئن عليه").param("interpreter", "true").param("interpreterNote", "لغة الإشارة السعودية"))
                .getResponse();
        assertThat(sent.getRedirectedUrl()).as(sent.getContentAsString()).startsWith("/detainees/" + fahd + "?sent=");
        var reference = sent.getRedirectedUrl().substring(sent.getRedirectedUrl().indexOf("sent=") + 5);
        var request = detentionRequests.find(reference).orElseThrow();
        assertThat(request.interpreter()).isTrue();
        assertThat(request.interpreterNote()).isEqualTo("لغة الإشارة السعودية");

        var officer = new Actor("prison-officer1", null, "prison-officer1", Set.of(Role.PRISON_OFFICER), "ruh-malaz");
        assertThat(deciding.decide(officer, reference, true, null, LocalTime.of(10, 0))).isEmpty();
        var id = request.id();
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/v1/meetings/" + id, api.login(BROTHER)).status() == 200);
        var meeting = api.get("/api/v1/meetings/" + id, api.login(BROTHER)).body();
        assertThat(meeting.path("interpreterAsked").asBoolean()).isTrue();
        assertThat(meeting.path("interpreterNote").asString()).isEqualTo("لغة الإشارة السعودية");

        // the facility's officer assigns the interpreter; the interpreter, recorded too, accepts the recording to join
        var officerToken = api.login("prison-officer1");
        assertThat(api.put("/api/v1/meetings/" + id + "/interpreter", officerToken, "{\"interpreter\":\"interpreter1\"}")
                .status()).isEqualTo(200);
        clock.advance(Duration.between(clock.instant(), day.atTime(9, 58).atZone(calendars.zone()).toInstant()));
        var interpreter = api.login(INTERPRETER);
        var unaccepted = api.post("/api/v1/meetings/" + id + "/join", interpreter, "{}");
        assertThat(unaccepted.status()).isEqualTo(422);
        assertThat(unaccepted.text("code")).isEqualTo("meetings.RECORDING_NOT_ACCEPTED");
        assertThat(api.post("/api/v1/meetings/" + id + "/join", interpreter, "{\"recordingAccepted\":true}").status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/meetings/" + id + "/join", api.login(BROTHER), "{\"recordingAccepted\":true}").status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/meetings/" + id + "/join", officerToken, "{}").status()).isEqualTo(200);
    }

    @Test
    void theHostAssignsOnlyAnInterpreterAndOnlyToAMeetingThatAskedForOne() throws Exception {
        var asked = booked.book(NOURA, Instant.now().plus(Duration.ofDays(2)), 20, true, "أستخدم لغة الإشارة السعودية");
        var office = api.login(BookedMeetings.OFFICE_STAFF);
        var noura = api.login(NOURA);
        var interpreter = api.login(INTERPRETER);
        var uri = "/api/v1/meetings/" + asked + "/interpreter";

        assertThat(api.get("/api/v1/meetings/" + asked, interpreter).status()).as("not assigned yet").isEqualTo(404);
        assertThat(api.put(uri, interpreter, "{\"interpreter\":\"interpreter1\"}").status())
                .as("an interpreter cannot assign themself").isEqualTo(404);
        assertThat(api.put(uri, noura, "{\"interpreter\":\"interpreter1\"}").status()).as("the person").isEqualTo(403);
        assertThat(api.put(uri, api.login("2000000006"), "{\"interpreter\":\"interpreter1\"}").status())
                .as("a stranger").isEqualTo(404);
        var notAnInterpreter = api.put(uri, office, "{\"interpreter\":\"" + BookedMeetings.OFFICE_STAFF + "\"}");
        assertThat(notAnInterpreter.status()).isEqualTo(422);
        assertThat(notAnInterpreter.text("code")).isEqualTo("meetings.NOT_AN_INTERPRETER");
        assertThat(api.put(uri, office, "{\"interpreter\":\"interpreter9\"}").status()).as("no such account").isEqualTo(422);
        assertThat(api.put(uri, office, "{}").status()).isEqualTo(422);

        var assigned = api.put(uri, office, "{\"interpreter\":\"interpreter1\"}");
        assertThat(assigned.status()).as(assigned.raw().body()).isEqualTo(200);
        assertThat(assigned.body().path("participants").valueStream().map(p -> p.path("role").asString()))
                .containsExactly("PERSON", "OFFICIAL", "INTERPRETER");
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM audit_log WHERE action = 'meeting.interpreter.assign' AND actor = :a
                        AND reason = :r""").param("a", BookedMeetings.OFFICE_STAFF).param("r", asked + " interpreter1")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(api.get("/api/v1/meetings/" + asked, interpreter).status()).as("now the interpreter's").isEqualTo(200);
        // the interpreter is told in their inbox, once
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                        SELECT COUNT(*) FROM inbox_messages WHERE recipient = 'interpreter1'
                        AND message_key = 'notifications.meetings.interpreterAssigned' AND dedupe_key LIKE :k""")
                .param("k", "interpreter-assigned|" + asked + "|%").query(Long.class).single() == 1);
        // and by SMS (or e-mail, as they chose), with the meeting's day and time and the way to their calls
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                        SELECT COUNT(*) FROM notification_messages WHERE recipient = 'interpreter1'
                        AND template_key = 'interpreter-assigned' AND dedupe_key LIKE :k""")
                .param("k", "interpreter-assigned|" + asked + "|%").query(Long.class).single() >= 1);
        var text = jdbc.sql("""
                        SELECT body FROM notification_messages WHERE recipient = 'interpreter1'
                        AND template_key = 'interpreter-assigned' AND dedupe_key LIKE :k""")
                .param("k", "interpreter-assigned|" + asked + "|%").query(String.class).list().getFirst();
        assertThat(text).contains("/staff/meetings/interpreting").doesNotContain("{{");

        var notAsked = booked.book(NOURA, Instant.now().plus(Duration.ofDays(2)), 20, false, "");
        var refused = api.put("/api/v1/meetings/" + notAsked + "/interpreter", office, "{\"interpreter\":\"interpreter1\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("code")).isEqualTo("meetings.INTERPRETER_NOT_ASKED");
        assertThat(api.get("/api/v1/meetings/" + notAsked, office).body().path("participants").size()).isEqualTo(2);
        assertThat(api.post("/api/v1/meetings/" + notAsked + "/join", interpreter, "{}").status())
                .as("a meeting that did not ask has no interpreter").isEqualTo(404);

        // the request shows the ask to the person and to the office that triages it
        assertThat(MvcVisitor.signedInOnce(mvc, port, NOURA).perform(get("/appointments/officials/requests/" + asked))
                .getResponse().getContentAsString()).contains("id=\"interpreter-asked\"", "أستخدم لغة الإشارة السعودية");
        var host = MvcVisitor.signedInOnce(mvc, port, BookedMeetings.OFFICE_STAFF);
        assertThat(host.perform(get("/staff/officials/requests/" + asked)).getResponse().getContentAsString())
                .contains("id=\"interpreter-asked\"", "أستخدم لغة الإشارة السعودية");
        // the host's page offers the list and the form; the interpreter's page lists the call
        var page = host.perform(get("/staff/meetings/" + asked).param("lang", "en")).getResponse().getContentAsString();
        assertThat(page).contains("id=\"interpreting\"", "أستخدم لغة الإشارة السعودية", "value=\"interpreter1\"",
                "Mona bint Saad Al-Qahtani", "id=\"video-INTERPRETER\"", "id=\"with-interpreter\"");
        assertThat(host.perform(get("/staff/meetings/" + notAsked)).getResponse().getContentAsString())
                .doesNotContain("id=\"interpreting\"").doesNotContain("id=\"video-INTERPRETER\"");
        var refusedByForm = host.perform(post("/staff/meetings/" + notAsked + "/interpreter").with(csrf())
                .param("interpreter", INTERPRETER)).getResponse();
        assertThat(refusedByForm.getRedirectedUrl()).contains("interpreterError=meetings.error.INTERPRETER_NOT_ASKED");

        var mine = MvcVisitor.signedInOnce(mvc, port, INTERPRETER);
        assertThat(mine.perform(get("/staff/meetings/interpreting")).getResponse().getContentAsString())
                .contains("/staff/meetings/" + asked + "/interpret").doesNotContain(notAsked.toString());
        var call = mine.perform(get("/staff/meetings/" + asked + "/interpret")).getResponse();
        assertThat(call.getStatus()).isEqualTo(200);
        assertThat(call.getContentAsString()).contains("data-side=\"INTERPRETER\"", "id=\"video-PERSON\"", "id=\"video-HOST\"")
                .doesNotContain("id=\"video-INTERPRETER\"").doesNotContain("id=\"chat\"");
        assertThat(mine.perform(get("/staff/meetings/" + notAsked + "/interpret")).getResponse().getStatus()).isEqualTo(404);
        assertThat(mine.perform(get("/staff/meetings/" + asked)).getResponse().getStatus()).as("not the host's page").isEqualTo(404);
    }

    @Test
    void onlyTheAssignedInterpreterJoinsInTheWindowAndConnectsOnceThePersonIsAdmitted() {
        var id = booked.book(NOURA, Instant.now().plus(Duration.ofDays(2)), 20, true, "");
        var office = api.login(BookedMeetings.OFFICE_STAFF);
        var interpreter = api.login(INTERPRETER);
        assertThat(api.put("/api/v1/meetings/" + id + "/interpreter", office, "{\"interpreter\":\"interpreter1\"}").status())
                .isEqualTo(200);

        var early = api.post("/api/v1/meetings/" + id + "/join", interpreter, "{}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text("code")).isEqualTo("meetings.NOT_OPEN_YET");

        clock.advance(Duration.ofDays(2).minusMinutes(2));
        var joined = api.post("/api/v1/meetings/" + id + "/join", interpreter, "{}");
        assertThat(joined.status()).as(joined.raw().body()).isEqualTo(200);
        assertThat(joined.text("token")).hasSizeGreaterThan(40);
        var anotherInterpreter = new Actor("interpreter2", null, "interpreter2", Set.of(Role.INTERPRETER), "interpreting");
        assertThat(joining.join(id, anotherInterpreter, true)).as("an interpreter not assigned")
                .isEqualTo(new JoiningMeetings.Outcome.Refused(MeetingError.NOT_FOUND));
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM audit_log WHERE action = 'meeting.join' AND actor = 'interpreter1'
                        AND actor_role = 'INTERPRETER' AND reason = :r""").param("r", id + " as interpreter")
                .query(Long.class).single()).isEqualTo(1);

        var waiting = api.post("/api/v1/meetings/" + id + "/connections", interpreter,
                "{\"token\":\"" + joined.text("token") + "\"}");
        assertThat(waiting.status()).as("the interpreter waits with the person until the host admits").isEqualTo(409);
        assertThat(waiting.text("code")).isEqualTo("meetings.WAITING_TO_BE_ADMITTED");
        var chat = api.post("/api/v1/meetings/" + id + "/messages", interpreter, "{\"text\":\"مرحبًا\"}",
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(chat.status()).as("the interpreter signs in the call; the chat is the person's and the host's").isEqualTo(403);
        assertThat(chat.text("code")).isEqualTo("meetings.INTERPRETERS_DO_NOT_CHAT");

        // the person and the host join as before
        assertThat(api.post("/api/v1/meetings/" + id + "/join", api.login(NOURA), "{}").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/meetings/" + id + "/join", office, "{}").status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(25));
        var late = api.post("/api/v1/meetings/" + id + "/join", interpreter, "{}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("code")).isEqualTo("meetings.OVER");
    }
}
