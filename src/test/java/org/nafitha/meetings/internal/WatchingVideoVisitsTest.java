package org.nafitha.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.meetings.MeetingError;
import org.nafitha.transparency.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * A security officer of the facility watches a video visit live: a join token as a viewer, every watch
 * audited, never listed among the participants, and the signalling refuses every way of sending media.
 */
@NafithaTest
@AutoConfigureMockMvc
class WatchingVideoVisitsTest {

    private static final Actor MALAZ_SECURITY = new Actor("prison-security1", null, "prison-security1",
            Set.of(Role.PRISON_SECURITY), "ruh-malaz");

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    Meetings meetings;
    @Autowired
    JoinTokens tokens;
    @Autowired
    Connections connections;
    @Autowired
    Signalling signalling;
    @Autowired
    RunningMeetings running;
    @Autowired
    AuditTrail audit;

    ApiClient api;
    UUID visit;

    @BeforeEach
    void aVisitUnderWay() {
        api = new ApiClient(port);
        visit = UUID.randomUUID();
        var starts = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(5));
        meetings.book(new Meeting(visit, Meeting.Kind.VIDEO_VISIT, "TWS-2026-9" + (visit.hashCode() & 0xfffff), "1000000008",
                Role.PRISON_OFFICER, "ruh-malaz", starts, starts.plus(Duration.ofMinutes(30)),
                1 + (visit.getMostSignificantBits() >>> 12), false, null, null, null, null, Meeting.Recording.PLANNED, Meeting.Interpreting.NONE),
                Instant.now());
    }

    @Test
    void theFacilitysSecurityOfficerGetsAViewersTokenAndTheWatchIsAuditedOthersCannotWatch() throws Exception {
        var security = api.login("prison-security1");
        var watched = api.post("/api/v1/meetings/" + visit + "/watch", security, "{}");
        assertThat(watched.status()).as(watched.raw().body()).isEqualTo(200);
        var token = watched.text("token");
        assertThat(token).hasSizeGreaterThan(40);
        assertThat(tokens.use(visit, token, Instant.now())).map(JoinTokens.Holder::host).contains(false);
        assertThat(audit.search(new AuditTrail.Search("1000000008", null, "prison-security1", "meeting.watch", null, null), 50))
                .anySatisfy(e -> assertThat(e.reason()).contains(visit.toString()));

        assertThat(api.post("/api/v1/meetings/" + visit + "/join", security, "{}").status())
                .as("security watches, it does not take part").isEqualTo(404);
        assertThat(api.get("/api/v1/meetings/" + visit + "/messages", security).status()).isEqualTo(404);
        for (var other : new String[] {"1000000008", "prison-officer1", "prison-head1", "1000000016"}) {
            assertThat(api.post("/api/v1/meetings/" + visit + "/watch", api.login(other), "{}").status()).as(other).isEqualTo(404);
        }
        var page = MvcVisitor.signedInOnce(mvc, port, "prison-security1").perform(get("/staff/meetings/" + visit + "/watch")
                .param("lang", "en")).getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("data-side=\"VIEWER\"").doesNotContain("id=\"local-video\"")
                .doesNotContain("id=\"chat");

        var family = api.get("/api/v1/meetings/" + visit, api.login("1000000008")).body();
        assertThat(family.path("mayBeWatched").asBoolean()).isTrue();
        assertThat(family.path("participants").size()).isEqualTo(2);
    }

    @Test
    void theViewersConnectionMaySubscribeButEveryRequestToPublishIsRefused() {
        var connection = connections.open(visit, MALAZ_SECURITY.username(), RunningMeetings.Side.VIEWER, 1, 2);
        try {
            var json = JsonMapper.builder().build();
            for (var publishing : new String[] {"{\"request\":\"publish\",\"audio\":true,\"video\":true}",
                    "{\"request\":\"join\",\"ptype\":\"publisher\"}", "{\"request\":\"join\"}",
                    "{\"request\":\"configure\",\"audio\":true}", "{\"request\":\"unpublish\"}"}) {
                assertThat(signalling.message(visit, connection.id(), 2, MALAZ_SECURITY, json.readTree(publishing), null))
                        .as(publishing).isEqualTo(new Signalling.Relayed.Refused(MeetingError.VIEWERS_ONLY_WATCH));
            }
            assertThat(running.present(visit)).as("a viewer is not among those present").isEmpty();
            var officer = new Actor("prison-officer1", null, "prison-officer1", Set.of(Role.PRISON_OFFICER), "ruh-malaz");
            assertThat(signalling.message(visit, connection.id(), 2, officer, json.readTree("{\"request\":\"listparticipants\"}"), null))
                    .as("nobody else uses the viewer's connection")
                    .isEqualTo(new Signalling.Relayed.Refused(MeetingError.CONNECTION_GONE));
        } finally {
            connections.close(connection.id());
        }
    }

    @Test
    void anOfficialMeetingCannotBeWatched() {
        var official = UUID.randomUUID();
        var starts = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        meetings.book(new Meeting(official, Meeting.Kind.OFFICIAL, official.toString(), "1000000008", Role.OFFICIAL,
                "ruh-malaz", starts, starts.plus(Duration.ofMinutes(20)), 1 + (official.getMostSignificantBits() >>> 12),
                false, null, null, null, null, Meeting.Recording.PLANNED, Meeting.Interpreting.NONE), Instant.now());
        var security = new Actor("prison-security1", null, "prison-security1", Set.of(Role.PRISON_SECURITY), "ruh-malaz");
        assertThat(meetings.find(official).orElseThrow().isViewer(security)).isFalse();
        assertThat(api.post("/api/v1/meetings/" + official + "/watch", api.login("prison-security1"), "{}").status())
                .isEqualTo(404);
    }
}
