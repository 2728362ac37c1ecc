package org.nafitha.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.nafitha.appointments.internal.DisplayTokens;
import org.nafitha.appointments.internal.Offices;
import org.nafitha.country.Calendars;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A waiting-room screen's token is a credential: random per office, issued by the office's head,
 * shown once, kept only hashed, and a new one ends the old one at once.
 */
@NafithaTest
@AutoConfigureMockMvc
class WaitingRoomScreenTokensTest {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Offices offices;
    @Autowired
    Calendars calendars;
    @Autowired
    DisplayTokens tokens;

    private int screen(String office, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/appointments/display/" + office + "?token=" + token)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void theDemoScreenOpensWithTheReadmesTokenWhichIsKeptOnlyAsItsHash() throws Exception {
        assertThat(screen("riyadh-passports-olaya", "olaya-display-7f3c91")).isEqualTo(200);
        assertThat(screen("riyadh-passports-olaya", "olaya-display-7f3c90")).isEqualTo(404);
        var stored = jdbc.sql("SELECT display_token_hash FROM appointment_offices WHERE id = 'riyadh-passports-olaya'")
                .query(String.class).single();
        assertThat(stored).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("olaya-display-7f3c91".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void theHeadIssuesANewLinkShownOnceAndTheOldOneStopsAtOnce() throws Exception {
        var office = new TestOffices(jdbc, offices, calendars).passportOffice(2).id();
        assertThat(screen(office, "")).as("an office without a token opens for none").isEqualTo(404);

        var head = MvcVisitor.signedInOnce(mvc, port, "head1");
        var page = head.perform(post("/staff/appointments/offices/" + office + "/display-token").with(csrf()))
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        var link = Pattern.compile("/appointments/display/" + office + "\\?token=([A-Za-z0-9_-]{43})").matcher(page);
        assertThat(link.find()).as(page).isTrue();
        var first = link.group(1);
        assertThat(screen(office, first)).isEqualTo(200);
        assertThat(jdbc.sql("SELECT display_token_hash FROM appointment_offices WHERE id = :id").param("id", office)
                .query(String.class).single()).doesNotContain(first).hasSize(64);

        var headOfPassports = new Actor("head1", null, "عبد العزيز المطيري", Set.of(Role.HEAD), "passports");
        var second = tokens.issue(headOfPassports, office).orElseThrow();
        assertThat(screen(office, second)).isEqualTo(200);
        assertThat(screen(office, first)).isEqualTo(404);
    }

    @Test
    void nobodyButTheOfficesHeadOrAnAdministratorIssuesOne() {
        var office = new TestOffices(jdbc, offices, calendars).passportOffice(1).id();
        var officer = new Actor("officer1", null, "خالد العتيبي", Set.of(Role.OFFICER), "passports");
        var otherHead = new Actor("traffic-head", null, "بندر الشمري", Set.of(Role.HEAD), "traffic");
        assertThat(tokens.issue(officer, office)).isEmpty();
        assertThat(tokens.issue(otherHead, office)).isEmpty();
        assertThat(tokens.issue(TestOffices.person("1000000016"), office)).isEmpty();
    }
}
