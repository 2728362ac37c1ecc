package org.nafitha.contactcentre;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The written channel's API for the mobile app: open, read, write; problem+json for what is refused. */
@NafithaTest
class ConversationsApiTest {

    @LocalServerPort
    int port;

    @Test
    void aPersonOpensReadsAndWritesInHerConversationAndNobodyElseSeesIt() {
        var api = new ApiClient(port);
        var noura = api.login("1000000016");
        var opened = api.post("/api/v1/conversations", noura,
                "{\"topic\":\"تجديد الهوية لابنتي\",\"body\":\"هل يمكن تجديد هوية ابنتي دون حضورها؟\"}");
        assertThat(opened.status()).isEqualTo(201);
        var reference = opened.text("reference");
        assertThat(opened.raw().headers().firstValue("Location")).contains("/api/v1/conversations/" + reference);
        assertThat(opened.text("status")).isEqualTo("WAITING");
        assertThat(opened.body().path("messages").get(0).path("fromCentre").asBoolean()).isFalse();

        var again = api.post("/api/v1/conversations/" + reference + "/messages", noura, "{\"body\":\"ابنتي عمرها ١٢ سنة.\"}");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body().path("messages").size()).isEqualTo(2);
        assertThat(api.get("/api/v1/conversations", noura).body().valueStream()
                .anyMatch(c -> reference.equals(c.path("reference").asString()))).isTrue();

        var mohammed = api.login("2000000006");
        var stranger = api.get("/api/v1/conversations/" + reference, mohammed);
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.contentType()).startsWith("application/problem+json");
        assertThat(api.post("/api/v1/conversations/" + reference + "/messages", mohammed, "{\"body\":\"تجربة\"}").status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/conversations/" + reference, null).status()).isEqualTo(401);
    }

    @Test
    void refusedFieldsComeBackAsAProblemWithTheirCodes() {
        var api = new ApiClient(port);
        var noura = api.login("1000000016");
        var refused = api.post("/api/v1/conversations", noura, "{\"topic\":\"\",\"caseReference\":\"PSP-2026-1\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().path("errors").path("topic").asString()).isEqualTo("topic-empty");
        assertThat(refused.body().path("errors").path("caseReference").asString()).isEqualTo("case-format");
        assertThat(refused.body().path("errors").path("body").asString()).isEqualTo("body-empty");
        assertThat(api.post("/api/v1/conversations", noura, "not json").status()).isEqualTo(400);
    }
}
