package org.nafitha.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.TestClock;
import org.nafitha.appointments.internal.officials.MeetingRequests;
import org.nafitha.appointments.internal.officials.Officials;
import org.nafitha.meetings.internal.TurnCredentials;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A meeting's room in a real Janus, with credentials a real coturn checks: the token connects once,
 * the person waits until admitted, the browser's requests land in the meeting's own recorded room,
 * and TURN credentials work until they expire.
 */
@NafithaTest
class MeetingMediaTest {

    @LocalServerPort
    int port;
    @Autowired
    Officials officials;
    @Autowired
    MeetingRequests requests;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationContext context;

    ApiClient api;
    BookedMeetings booked;

    @DynamicPropertySource
    static void mediaServers(DynamicPropertyRegistry registry) {
        MediaServers.register(registry);
    }

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        booked = new BookedMeetings(api, officials, requests);
    }

    @Test
    void aJoinTokenConnectsOnceThePersonWaitsToBeAdmittedAndEachJoinsTheMeetingsOwnRecordedRoom() {
        var id = booked.book("2000000006", Instant.now().plus(Duration.ofMinutes(2)), 30);
        var meeting = "/api/v1/meetings/" + id;
        var office = api.login(BookedMeetings.OFFICE_STAFF);
        var mohammed = api.login("2000000006");

        var hostToken = api.post(meeting + "/join", office, "{}").text("token");
        var host = api.post(meeting + "/connections", office, "{\"token\":\"" + hostToken + "\"}");
        assertThat(host.status()).as(host.raw().body()).isEqualTo(201);
        var replay = api.post(meeting + "/connections", office, "{\"token\":\"" + hostToken + "\"}");
        assertThat(replay.status()).isEqualTo(403);
        assertThat(replay.text("code")).isEqualTo("meetings.TOKEN_REFUSED");

        var personToken = api.post(meeting + "/join", mohammed, "{}").text("token");
        assertThat(api.post(meeting + "/connections", mohammed, "{\"token\":\"" + personToken + "\"}").text("code"))
                .isEqualTo("meetings.WAITING_TO_BE_ADMITTED");
        assertThat(api.post(meeting + "/admit", office, "{}").body().path("admitted").asBoolean()).isTrue();
        var stolen = api.post(meeting + "/connections", mohammed, "{\"token\":\"" + hostToken + "\"}");
        assertThat(stolen.status()).as("another participant's (used) token").isEqualTo(403);
        var person = api.post(meeting + "/connections", mohammed, "{\"token\":\"" + personToken + "\"}");
        assertThat(person.status()).as(person.raw().body()).isEqualTo(201);
        assertThat(person.text("side")).isEqualTo("PERSON");

        var connection = meeting + "/connections/" + host.text("connection");
        var handle = connection + "/handles/" + host.text("handle");
        var elsewhere = api.post(handle + "/message", office, """
                {"body":{"request":"join","ptype":"publisher","room":1234,"display":"الوزير","id":7}}""");
        assertThat(elsewhere.status()).as(elsewhere.raw().body()).isEqualTo(200);
        var joined = await().atMost(Duration.ofSeconds(20)).until(() -> api.get(connection + "/events", office).body()
                .valueStream().filter(e -> "joined".equals(e.path("plugindata").path("data").path("videoroom").asString()))
                .findFirst(), Optional::isPresent).orElseThrow();
        var data = joined.path("plugindata").path("data");
        assertThat(data.path("room").asLong()).as("forced into the meeting's room").isEqualTo(host.body().path("room").asLong());
        assertThat(data.path("description").asString()).isEqualTo("OFFICIAL");
        assertThat(data.path("id").asLong()).isNotEqualTo(7);
        assertThat(api.post(handle + "/message", office, "{\"body\":{\"request\":\"destroy\"}}").status()).isEqualTo(422);
        assertThat(api.post(handle + "/message", mohammed, "{\"body\":{\"request\":\"configure\"}}").status())
                .as("not his connection").isEqualTo(404);
        assertThat(Files.isDirectory(MediaServers.recordings().resolve(id.toString()))).isTrue();
        assertThat(api.get(meeting, mohammed).text("recording")).isEqualTo("RECORDING");

        assertThat(api.post(meeting + "/end", office, "{}").text("endedBy")).isEqualTo(BookedMeetings.OFFICE_STAFF);
        assertThat(api.get(connection + "/events", office).status()).isEqualTo(404);
    }

    @Test
    void theHostsBrowserClosingMidCallLeavesTheMeetingResumableAndTheSlotsEndClosesIt() throws Exception {
        var id = booked.book("2000000006", Instant.now().plus(Duration.ofMinutes(2)), 20);
        var meeting = "/api/v1/meetings/" + id;
        var office = api.login(BookedMeetings.OFFICE_STAFF);
        var mohammed = api.login("2000000006");
        var first = connect(meeting, office);
        assertThat(api.post(meeting + "/admit", office, "{}").status()).isEqualTo(200);
        var person = connect(meeting, mohammed);

        // the official's browser closes: its connection is simply abandoned, nobody pressed "end"
        var resumed = connect(meeting, office);
        assertThat(resumed.text("connection")).isNotEqualTo(first.text("connection"));
        assertThat(api.get(meeting, mohammed).text("status")).as("the meeting goes on").isEqualTo("OPEN");
        assertThat(api.get(meeting + "/connections/" + person.text("connection") + "/events", mohammed).status())
                .as("the person's call is untouched").isEqualTo(200);

        // nobody ends it: at the slot's end the timer closes the room, ended by the system
        clock.advance(Duration.ofMinutes(25));
        try {
            var closing = context.getBean("closingRooms");
            var method = closing.getClass().getDeclaredMethod("closeOverdue");
            method.setAccessible(true);
            method.invoke(closing);
            var officeNow = api.login(BookedMeetings.OFFICE_STAFF);
            var after = api.get(meeting, officeNow);
            assertThat(after.text("status")).isEqualTo("ENDED");
            assertThat(after.text("endedBy")).isEqualTo("system");
            assertThat(after.text("recording")).isNotEqualTo("RECORDING");
            assertThat(api.get(meeting + "/connections/" + resumed.text("connection") + "/events", officeNow).status())
                    .as("its connections are gone").isEqualTo(404);
            assertThat(api.post(meeting + "/join", api.login("2000000006"), "{}").status()).as("too late to join").isEqualTo(409);
        } finally {
            clock.reset();
        }
    }

    private ApiClient.Response connect(String meeting, String token) {
        var join = api.post(meeting + "/join", token, "{}").text("token");
        var connected = api.post(meeting + "/connections", token, "{\"token\":\"" + join + "\"}");
        assertThat(connected.status()).as(connected.raw().body()).isEqualTo(201);
        return connected;
    }

    @Test
    void coturnRelaysWithTheCredentialsNafithaIssuesAndRefusesThemOnceExpired() throws Exception {
        var id = booked.book("2000000006", Instant.now().plus(Duration.ofMinutes(2)), 30);
        var ice = api.post("/api/v1/meetings/" + id + "/join", api.login("2000000006"), "{}").body().path("iceServers").get(0);
        assertThat(allocates(ice.path("username").asString(), ice.path("credential").asString())).isTrue();

        var expired = TurnCredentials.issue(List.of(), MediaServers.TURN_SECRET, "2000000006", Instant.now().minusSeconds(5));
        assertThat(allocates(expired.username(), expired.credential())).isFalse();
        var forged = TurnCredentials.issue(List.of(), "not-the-secret", "2000000006", Instant.now().plusSeconds(600));
        assertThat(allocates(forged.username(), forged.credential())).isFalse();
    }

    private static final Pattern SENT = Pattern.compile("tot_send_msgs=[1-9]");

    /** coturn's own test client allocates a relay and sends through it; refused credentials end it at once. */
    private static boolean allocates(String username, String credential) throws IOException, InterruptedException {
        var out = Files.createTempFile(Path.of("target"), "uclient-", ".log");
        var client = new ProcessBuilder("turnutils_uclient", "-p", String.valueOf(MediaServers.turnPort()), "-u", username,
                "-w", credential, "-n", "1", "-m", "1", "-e", "127.0.0.1", "-r", "9", MediaServers.turnAddress())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> !client.isAlive() || SENT.matcher(Files.readString(out)).find());
            var log = Files.readString(out);
            return SENT.matcher(log).find() && !log.contains("Cannot complete Allocation");
        } finally {
            client.destroy();
            client.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
