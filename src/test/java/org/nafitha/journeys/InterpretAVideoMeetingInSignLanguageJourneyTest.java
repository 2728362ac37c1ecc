package org.nafitha.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.appointments.internal.officials.MeetingRequests;
import org.nafitha.appointments.internal.officials.Officials;
import org.nafitha.documents.Documents;
import org.nafitha.meetings.BookedMeetings;
import org.nafitha.meetings.MediaServers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Page;

/**
 * A deaf resident meets the minister's office by video with a sign-language interpreter: she asks for
 * one with her request, the office assigns the ministry's interpreter from its call page, and the three
 * of them — three Chromium contexts with fake cameras, media through a real Janus — each decode the
 * video of both others. The recording has the three side by side.
 */
@NafithaTest
class InterpretAVideoMeetingInSignLanguageJourneyTest {

    private static final List<String> FAKE_MEDIA = List.of("--use-fake-device-for-media-stream",
            "--use-fake-ui-for-media-stream", "--allow-loopback-in-peer-connection");
    private static final String NOURA = "1000000016";

    @LocalServerPort
    int port;
    @Autowired
    Officials officials;
    @Autowired
    MeetingRequests requests;
    @Autowired
    Documents documents;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void mediaServers(DynamicPropertyRegistry registry) {
        MediaServers.register(registry);
    }

    @Test
    void theResidentTheOfficeAndTheInterpreterEachSeeBothOthers() throws Exception {
        var api = new ApiClient(port);
        var id = new BookedMeetings(api, officials, requests)
                .book(NOURA, Instant.now().plus(Duration.ofMinutes(1)), 30, true, "لغة الإشارة السعودية");
        try (var browser = BrowserSupport.start("interpreted-video-meeting", FAKE_MEDIA)) {
            var official = browser.signedIn(port, BookedMeetings.OFFICE_STAFF);
            official.onPageError(e -> System.out.println("official error: " + e));
            official.navigate("http://localhost:" + port + "/staff/meetings/" + id);
            official.selectOption("#interpreter", "interpreter1");
            official.click("#assign-interpreter");
            official.waitForSelector("#interpreter-assigned");
            browser.look(official, "interpreter-assigned");

            var interpreter = browser.signedIn(port, "interpreter1");
            interpreter.onPageError(e -> System.out.println("interpreter error: " + e));
            interpreter.navigate("http://localhost:" + port + "/staff/meetings/interpreting");
            browser.look(interpreter, "calls-to-interpret");
            interpreter.click("a[href='/staff/meetings/" + id + "/interpret']");
            awaitStatus(interpreter, "الكاميرا والميكروفون يعملان");
            interpreter.click("#join");
            awaitStatus(interpreter, "غرفة الانتظار");

            var resident = browser.signedIn(port, NOURA);
            resident.onPageError(e -> System.out.println("resident error: " + e));
            resident.navigate("http://localhost:" + port + "/meetings/" + id);
            awaitStatus(resident, "الكاميرا والميكروفون يعملان");
            resident.click("#join");
            awaitStatus(resident, "غرفة الانتظار");

            official.reload();
            awaitStatus(official, "الكاميرا والميكروفون يعملان");
            official.click("#admit");
            official.click("#join");

            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                assertThat(feedsWithFrames(resident)).as("the resident sees the official and the interpreter")
                        .containsOnlyKeys("HOST", "INTERPRETER");
                assertThat(feedsWithFrames(official)).as("the official sees the resident and the interpreter")
                        .containsOnlyKeys("PERSON", "INTERPRETER");
                assertThat(feedsWithFrames(interpreter)).as("the interpreter sees the resident and the official")
                        .containsOnlyKeys("PERSON", "HOST");
            });
            var participants = api.get("/api/v1/meetings/" + id, api.login(NOURA)).body().path("participants");
            assertThat(participants.valueStream().filter(p -> p.path("connected").asBoolean())
                    .map(p -> p.path("role").asString())).containsExactlyInAnyOrder("PERSON", "OFFICIAL", "INTERPRETER");
            browser.look(resident, "call-with-interpreter");
            browser.look(interpreter, "interpreter-in-call");

            official.click("#end");
            awaitStatus(official, "انتهى وقت هذا الاجتماع");
            await().atMost(Duration.ofSeconds(90)).until(() -> "STORED".equals(api.get("/api/v1/meetings/" + id,
                    api.login(BookedMeetings.OFFICE_STAFF)).text("recording")));
            var document = jdbc.sql("SELECT document_id FROM meeting_recordings WHERE meeting_id = :m").param("m", id)
                    .query(String.class).single();
            var file = Path.of("target", "screenshots", "interpreted-video-meeting", "recording.webm");
            Files.write(file, documents.contentForProcessing(UUID.fromString(document)).orElseThrow());
            var probe = new ProcessBuilder("ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries",
                    "stream=width", "-of", "csv=p=0", file.toString()).start();
            assertThat(new String(probe.getInputStream().readAllBytes()).strip())
                    .as("three videos of 320 pixels side by side").isEqualTo("960");
            assertThat(jdbc.sql("""
                            SELECT COUNT(*) FROM audit_log WHERE action = 'meeting.connect' AND actor = 'interpreter1'
                            AND reason = :m""").param("m", id.toString()).query(Long.class).single()).isEqualTo(1);
        }
    }

    private static void awaitStatus(Page page, String text) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(page.isVisible("#call-status") ? page.textContent("#call-status") : page.content()).contains(text));
    }

    /** The sides whose video this page decodes, with their frames so far (only those with any). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> feedsWithFrames(Page page) {
        return (Map<String, Object>) page.evaluate("""
                async () => {
                  const seen = {};
                  for (const feed of Object.values(window.nafithaCall.feeds)) {
                    if (!feed.pc) continue;
                    let frames = 0;
                    (await feed.pc.getStats()).forEach(s => { if (s.type === 'inbound-rtp' && s.kind === 'video') frames += s.framesDecoded || 0; });
                    if (frames > 0) seen[feed.display] = frames;
                  }
                  return seen;
                }""");
    }
}
