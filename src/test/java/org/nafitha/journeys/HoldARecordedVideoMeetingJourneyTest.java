package org.nafitha.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

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
 * A resident holds a recorded video call with the minister's office: two Chromium contexts with
 * fake cameras, media through a real Janus; the resident's side forces coturn's relay ({@code ?ice=relay}, as
 * behind a strict firewall), which proves TURN with the credentials Nafitha computed. Each side decodes the
 * other's video, the official sees the brief, and the stored recording lasts as long as the call.
 */
@NafithaTest
class HoldARecordedVideoMeetingJourneyTest {

    private static final List<String> FAKE_MEDIA = List.of("--use-fake-device-for-media-stream",
            "--use-fake-ui-for-media-stream", "--allow-loopback-in-peer-connection");

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
    void aResidentAndTheMinistersOfficeSeeEachOtherThroughJanusAndTheRecordingLastsAsLongAsTheCall() throws Exception {
        var api = new ApiClient(port);
        var id = new BookedMeetings(api, officials, requests).book("2000000006", Instant.now().plus(Duration.ofMinutes(1)), 30);
        try (var browser = BrowserSupport.start("video-meeting", FAKE_MEDIA)) {
            var resident = browser.signedIn(port, "2000000006");
            var refused = new CopyOnWriteArrayList<String>();
            resident.onConsoleMessage(m -> {
                System.out.println("resident console: " + m.text());
                if (m.text().contains("Content Security Policy")) refused.add(m.text());
            });
            resident.onPageError(e -> System.out.println("resident error: " + e));
            resident.navigate("http://localhost:" + port + "/meetings/" + id + "?ice=relay");
            awaitStatus(resident, "الكاميرا والميكروفون يعملان");
            browser.look(resident, "waiting-room");
            resident.click("#join");
            awaitStatus(resident, "غرفة الانتظار");

            var official = browser.signedIn(port, BookedMeetings.OFFICE_STAFF);
            official.onConsoleMessage(m -> {
                System.out.println("official console: " + m.text());
                if (m.text().contains("Content Security Policy")) refused.add(m.text());
            });
            official.onPageError(e -> System.out.println("official error: " + e));
            // the office reaches the call from the request it accepted
            official.navigate("http://localhost:" + port + "/staff/officials/requests/" + id);
            official.click("#video-room");
            awaitStatus(official, "الكاميرا والميكروفون يعملان");
            official.click("#admit");
            official.click("#join");

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                assertThat(framesDecoded(resident)).as("the resident sees the official").isPositive();
                assertThat(framesDecoded(official)).as("the official sees the resident").isPositive();
            });
            assertThat(localCandidateType(resident)).as("the resident's media went through coturn's relay").isEqualTo("relay");
            official.waitForSelector("#brief #person-name");
            browser.look(official, "call-with-brief");
            browser.look(resident, "call");
            var started = Math.min(number(official, "window.nafithaCall.connectedAt"), number(resident, "window.nafithaCall.connectedAt"));
            var ended = number(official, "Date.now()");
            official.click("#end");
            awaitStatus(official, "انتهى وقت هذا الاجتماع");
            var call = Duration.ofMillis(ended - started);
            assertThat(refused).as("nothing on the pages is refused by the Content-Security-Policy").isEmpty();
            await().atMost(Duration.ofSeconds(90)).until(() -> "STORED".equals(api.get("/api/v1/meetings/" + id,
                    api.login(BookedMeetings.OFFICE_STAFF)).text("recording")));
            var stored = jdbc.sql("SELECT document_id, sha256 FROM meeting_recordings WHERE meeting_id = :m").param("m", id)
                    .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
            var file = Path.of("target", "screenshots", "video-meeting", "recording.webm");
            Files.write(file, documents.contentForProcessing(UUID.fromString(stored.get(0))).orElseThrow());
            var probe = new ProcessBuilder("ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0",
                    file.toString()).start();
            var seconds = Double.parseDouble(new String(probe.getInputStream().readAllBytes()).strip());
            System.out.printf("video meeting: call %d ms, recording %.3f s%n", call.toMillis(), seconds);
            assertThat(seconds).as("the recording lasts as long as the call").isCloseTo(call.toMillis() / 1000.0, within(1.0));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'meeting.recording.stored' AND reason LIKE :r")
                    .param("r", "%" + stored.get(1)).query(Long.class).single()).isEqualTo(1);

            // the office plays it back, and the play is on record; the resident cannot play it
            var played = official.request().get("http://localhost:" + port + "/staff/meetings/" + id + "/recording");
            assertThat(played.status()).isEqualTo(200);
            assertThat(played.body()).isEqualTo(Files.readAllBytes(file));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'document.read' AND actor = :a AND reason = :r")
                    .param("a", BookedMeetings.OFFICE_STAFF).param("r", "meeting.recording.play " + id)
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(resident.request().get("http://localhost:" + port + "/staff/meetings/" + id + "/recording").status())
                    .isIn(403, 404);
        }
    }

    private static void awaitStatus(Page page, String text) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(page.isVisible("#call-status") ? page.textContent("#call-status") : page.content()).contains(text));
    }

    private static long number(Page page, String expression) {
        return ((Number) page.evaluate("() => " + expression)).longValue();
    }

    private static long framesDecoded(Page page) {
        var frames = page.evaluate("""
                async () => {
                  const pc = window.nafithaCall && window.nafithaCall.subscriber;
                  if (!pc) return 0;
                  let frames = 0;
                  (await pc.getStats()).forEach(s => { if (s.type === 'inbound-rtp' && s.kind === 'video') frames += s.framesDecoded || 0; });
                  return frames;
                }""");
        return ((Number) frames).longValue();
    }

    private static String localCandidateType(Page page) {
        return (String) page.evaluate("""
                async () => {
                  const stats = await window.nafithaCall.publisher.getStats();
                  let pair;
                  stats.forEach(s => { if (s.type === 'transport' && s.selectedCandidatePairId) pair = stats.get(s.selectedCandidatePairId); });
                  return pair ? stats.get(pair.localCandidateId).candidateType : 'none';
                }""");
    }
}
