package org.nafitha.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.TestClock;
import org.nafitha.appointments.internal.officials.MeetingRequests;
import org.nafitha.appointments.internal.officials.Officials;
import org.nafitha.meetings.internal.JoinTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A booked video meeting's room through the API: only its participants, only while it is open. */
@NafithaTest
class MeetingRoomsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Officials officials;
    @Autowired
    MeetingRequests requests;
    @Autowired
    JoinTokens tokens;
    @Autowired
    TestClock clock;
    @Autowired
    MeetingsProperties properties;

    ApiClient api;
    BookedMeetings booked;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        booked = new BookedMeetings(api, officials, requests);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theBookedPersonAndTheOfficialsOfficeJoinWithinTheWindowAndNobodyElseLearnsTheMeetingExists() throws Exception {
        var id = booked.book("2000000006", Instant.now().plus(Duration.ofMinutes(2)), 30);
        var mohammed = api.login("2000000006");
        var meeting = api.get("/api/v1/meetings/" + id, mohammed);
        assertThat(meeting.text("status")).isEqualTo("OPEN");
        assertThat(meeting.text("recording")).isEqualTo("PLANNED");
        assertThat(meeting.body().path("participants").size()).isEqualTo(2);

        var joined = api.post("/api/v1/meetings/" + id + "/join", mohammed, "{}");
        assertThat(joined.status()).as(joined.raw().body()).isEqualTo(200);
        assertThat(joined.body().path("room").asLong()).isPositive();
        assertThat(joined.text("token")).hasSizeGreaterThan(40);
        assertThat(Instant.parse(joined.text("expiresAt"))).isBefore(Instant.now().plus(Duration.ofMinutes(2)));
        var ice = joined.body().path("iceServers").get(0);
        assertThat(ice.path("urls").get(0).asString()).startsWith("turn:");
        var username = ice.path("username").asString();
        var expiry = Instant.ofEpochSecond(Long.parseLong(username.substring(0, username.indexOf(':'))));
        assertThat(expiry).as("TURN credentials last the slot").isAfter(Instant.now().plus(Duration.ofMinutes(31)));
        var mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(properties.turnSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        assertThat(ice.path("credential").asString())
                .isEqualTo(Base64.getEncoder().encodeToString(mac.doFinal(username.getBytes(StandardCharsets.UTF_8))));

        var office = api.login(BookedMeetings.OFFICE_STAFF);
        assertThat(api.post("/api/v1/meetings/" + id + "/join", office, "{}").status()).isEqualTo(200);
        var noura = api.login("1000000016");
        var stranger = api.post("/api/v1/meetings/" + id + "/join", noura, "{}");
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/meetings/" + id, noura).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/meetings/" + UUID.randomUUID() + "/join", noura, "{}").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/meetings/not-a-meeting/join", noura, "{}").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/meetings/" + id + "/admit", mohammed, "{}").status()).as("the person cannot admit").isEqualTo(403);
    }

    @Test
    void joiningBeforeTheRoomOpensOrLongAfterTheSlotIsAConflict() {
        var id = booked.book("2000000006", Instant.now().plus(Duration.ofDays(2)), 30);
        var mohammed = api.login("2000000006");
        var early = api.post("/api/v1/meetings/" + id + "/join", mohammed, "{}", "Accept-Language", "en");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.text("code")).isEqualTo("meetings.NOT_OPEN_YET");
        assertThat(early.text("detail")).matches(".*[A-Za-z].*");
        assertThat(api.get("/api/v1/meetings/" + id, mohammed).text("status")).isEqualTo("BOOKED");

        clock.advance(Duration.ofDays(2).plusMinutes(40));
        var late = api.post("/api/v1/meetings/" + id + "/join", mohammed, "{}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("code")).isEqualTo("meetings.OVER");
        assertThat(api.get("/api/v1/meetings/" + id, mohammed).text("status")).isEqualTo("ENDED");
    }

    @Test
    void aJoinTokenIsUsedOnceForItsOwnMeetingAndNotAfterItExpires() {
        var id = booked.book("2000000006", Instant.now().plus(Duration.ofMinutes(3)), 30);
        var other = booked.book("2000000006", Instant.now().plus(Duration.ofMinutes(3)), 30);
        var now = Instant.now();
        var token = tokens.issue(id, "2000000006", false, now, now.plusSeconds(60));
        assertThat(tokens.use(other, token, now)).as("another meeting's room").isEmpty();
        assertThat(tokens.use(id, token, now.plusSeconds(1))).map(JoinTokens.Holder::participant).contains("2000000006");
        assertThat(tokens.use(id, token, now.plusSeconds(2))).as("replayed").isEmpty();
        var late = tokens.issue(id, "2000000006", false, now, now.plusSeconds(60));
        assertThat(tokens.use(id, late, now.plusSeconds(61))).as("expired").isEmpty();
        assertThat(tokens.use(id, late + "x", now)).as("forged").isEmpty();
    }
}
