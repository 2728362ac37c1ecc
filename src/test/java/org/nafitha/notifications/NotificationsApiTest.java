package org.nafitha.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The inbox and the choice of channels through the API, by the preferences page's rules. */
@NafithaTest
class NotificationsApiTest {

    @LocalServerPort
    int port;

    @Test
    void aPersonChoosesEnglishByEmailOnlyWithAnAddressAndReadsItBack() {
        var api = new ApiClient(port);
        var mohammed = api.login("2000000006");
        var refused = api.put("/api/v1/notifications/preferences", mohammed,
                "{\"language\":\"de\",\"bySms\":true,\"byEmail\":true,\"email\":\"not an address\"}", "Accept-Language", "ar");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().path("errors").has("language")).isTrue();
        assertThat(refused.body().path("errors").has("email")).isTrue();

        var saved = api.put("/api/v1/notifications/preferences", mohammed,
                "{\"language\":\"en\",\"bySms\":false,\"byEmail\":true,\"email\":\" m.khan@example.sa \"}");
        assertThat(saved.status()).isEqualTo(200);
        var read = api.get("/api/v1/notifications/preferences", mohammed);
        assertThat(read.text("language")).isEqualTo("en");
        assertThat(read.body().path("bySms").asBoolean()).isFalse();
        assertThat(read.body().path("byEmail").asBoolean()).isTrue();
        assertThat(read.text("email")).isEqualTo("m.khan@example.sa");
        api.put("/api/v1/notifications/preferences", mohammed, "{\"language\":\"ar\",\"bySms\":true,\"byEmail\":false}");
        assertThat(api.get("/api/v1/notifications/preferences", mohammed).text("language")).isEqualTo("ar");
    }

    @Test
    void anApplicationsNoticeArrivesInTheInboxInTheLanguageAskedAndMarkingReadLeavesNoneUnread() {
        var api = new ApiClient(port);
        var noura = api.login("1000000016");
        var submitted = api.post("/api/v1/applications", noura, """
                {"serviceCode":"good-conduct-certificate","fields":{"purpose":"study","addressedTo":"جامعة الملك سعود",\
                "language":"ar","mobile":"0551112233"}}""", "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(submitted.status()).as(submitted.raw().body()).isEqualTo(201);
        var reference = submitted.text("reference");
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/v1/inbox", noura).body().path("messages")
                .valueStream().anyMatch(m -> m.path("reference").asString().equals(reference)));
        var inbox = api.get("/api/v1/inbox", noura, "Accept-Language", "ar");
        assertThat(inbox.body().path("unread").asLong()).isPositive();
        var notice = inbox.body().path("messages").valueStream()
                .filter(m -> m.path("reference").asString().equals(reference)).findFirst().orElseThrow();
        assertThat(notice.path("about").asString()).isEqualTo("application");
        assertThat(notice.path("service").asString()).isEqualTo("good-conduct-certificate");
        assertThat(notice.path("read").asBoolean()).isFalse();
        assertThat(notice.path("text").asString()).as("a sentence in Arabic, not a message key")
                .matches("(?s).*[\\u0600-\\u06FF].*").doesNotContain("notifications.");

        assertThat(api.post("/api/v1/inbox/read", noura, "").status()).isEqualTo(204);
        assertThat(api.get("/api/v1/inbox", noura).body().path("unread").asLong()).isZero();
    }
}
