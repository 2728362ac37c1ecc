package org.nafitha.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** One language per person: chosen once, used by the pages, the SMS and the e-mail alike. */
@NafithaTest
@AutoConfigureMockMvc
class ResidentsLanguageTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    @Test
    void aResidentWhoChoseUrduIsToldInUrduAndAnUnofferedLanguageIsRefused() {
        var api = new ApiClient(port);
        var mohammed = api.login("2000000006");
        try {
            var refused = api.put("/api/v1/notifications/preferences", mohammed,
                    "{\"language\":\"de\",\"bySms\":true,\"byEmail\":false,\"byPush\":false}");
            assertThat(refused.status()).isEqualTo(422);
            assertThat(api.put("/api/v1/notifications/preferences", mohammed,
                    "{\"language\":\"ur\",\"bySms\":true,\"byEmail\":false,\"byPush\":false}").status()).isEqualTo(200);
            var submitted = api.post("/api/v1/applications", mohammed, """
                    {"serviceCode":"good-conduct-certificate","fields":{"purpose":"study","addressedTo":"جامعة الملك سعود",\
                    "language":"ar","mobile":"0567778899"}}""", "Idempotency-Key", UUID.randomUUID().toString());
            var reference = submitted.text("reference");
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                            "SELECT COUNT(*) FROM notification_messages WHERE case_reference = :r AND channel = 'SMS'")
                    .param("r", reference).query(Long.class).single() > 0);
            var sms = jdbc.sql("SELECT language, body FROM notification_messages WHERE case_reference = :r AND channel = 'SMS'")
                    .param("r", reference).query((rs, n) -> rs.getString(1) + "|" + rs.getString(2)).single();
            assertThat(sms).startsWith("ur|").contains(reference).contains("نافذہ");
        } finally {
            api.put("/api/v1/notifications/preferences", mohammed, "{\"language\":\"ar\",\"bySms\":true,\"byEmail\":false,\"byPush\":true}");
        }
    }

    @Test
    void theLanguageChosenOnThePreferencesPageIsThePagesLanguageOnEveryBrowser() throws Exception {
        var noura = MvcVisitor.signedIn(mvc, port, "1000000016");
        try {
            var saved = noura.perform(post("/notifications/preferences").with(csrf()).param("language", "fr")
                    .param("bySms", "true"));
            assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/notifications/preferences?saved");
            assertThat(saved.getResponse().getCookie("nafitha-lang").getValue()).isEqualTo("fr");

            // a new phone, no choice of its own: her pages open in French
            var phone = MvcVisitor.signedIn(mvc, port, "1000000016");
            var page = phone.perform(get("/my"));
            assertThat(page.getResponse().getContentAsString()).contains("lang=\"fr\"");
            assertThat(page.getResponse().getCookie("nafitha-lang").getValue()).isEqualTo("fr");
            // the header's switch changes this browser's pages, not what she chose
            phone.perform(get("/my").param("lang", "en"));
            assertThat(jdbc.sql("SELECT language FROM notification_preferences WHERE recipient = '1000000016'")
                    .query(String.class).single()).isEqualTo("fr");
        } finally {
            noura.perform(post("/notifications/preferences").with(csrf()).param("language", "ar").param("bySms", "true")
                    .param("byPush", "true"));
        }
    }

    @Test
    void aLanguageChosenAtTheKioskIsThePersonsForEveryChannelAndTheNextPersonFindsTheKioskAsItWas() throws Exception {
        var kiosk = new MvcVisitor(mvc);
        kiosk.perform(get("/kiosk"));
        kiosk.perform(post("/kiosk/card").with(csrf()).param("nationalId", "2000000006"));
        var signedIn = kiosk.perform(post("/kiosk/code").with(csrf()).param("code", new ApiClient(port).latestCode("2000000006")));
        assertThat(signedIn.getResponse().getStatus()).isEqualTo(302);
        try {
            var home = kiosk.perform(get("/kiosk/home").param("lang", "bn"));
            assertThat(home.getResponse().getContentAsString()).contains("lang=\"bn\"");
            assertThat(jdbc.sql("SELECT language FROM notification_preferences WHERE recipient = '2000000006'")
                    .query(String.class).single()).isEqualTo("bn");
            // signing out forgets the kiosk's language: the next person finds the country's own
            var out = kiosk.perform(post("/kiosk/signout").with(csrf()));
            assertThat(out.getResponse().getCookie("nafitha-lang")).isNotNull();
            assertThat(out.getResponse().getCookie("nafitha-lang").getValue()).as("the choice is cleared").isEmpty();
        } finally {
            jdbc.sql("UPDATE notification_preferences SET language = 'ar' WHERE recipient = '2000000006'").update();
        }
    }
}
