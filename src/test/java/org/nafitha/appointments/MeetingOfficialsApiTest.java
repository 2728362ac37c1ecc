package org.nafitha.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Asking to meet an official through the API: the page's rules, an idempotent request, mine only. */
@NafithaTest
class MeetingOfficialsApiTest {

    @LocalServerPort
    int port;

    @Test
    void aResidentAsksToMeetAnOfficialOnceForOneKeyAndOnlySheReadsTheRequest() {
        var api = new ApiClient(port);
        var mohammed = api.login("2000000006");
        var officials = api.get("/api/v1/officials", mohammed);
        assertThat(officials.status()).isEqualTo(200);
        var official = officials.body().get(0).path("id").asString();
        assertThat(officials.body().get(0).path("name").path("ar").asString()).isNotBlank();
        assertThat(api.get("/api/v1/officials/sessions", mohammed).status()).isEqualTo(200);

        var body = """
                {"official":"%s","subject":"أرغب في مناقشة تأخر تجديد إقامتي","mode":"VIDEO"}""".formatted(official);
        var noKey = api.post("/api/v1/meeting-requests", mohammed, body, "Accept-Language", "ar");
        assertThat(noKey.status()).isEqualTo(422);
        assertThat(noKey.contentType()).startsWith("application/problem+json");
        assertThat(noKey.body().path("errors").path("Idempotency-Key").asString()).contains("Idempotency-Key");

        var key = UUID.randomUUID().toString();
        var sent = api.post("/api/v1/meeting-requests", mohammed, body, "Idempotency-Key", key);
        assertThat(sent.status()).as(sent.raw().body()).isEqualTo(201);
        assertThat(sent.text("status")).isEqualTo("OPEN");
        assertThat(sent.text("mode")).isEqualTo("VIDEO");
        var location = sent.raw().headers().firstValue("Location").orElseThrow();
        var again = api.post("/api/v1/meeting-requests", mohammed, body, "Idempotency-Key", key);
        assertThat(again.text("id")).as("the same key is the same request").isEqualTo(sent.text("id"));

        assertThat(api.get(location, mohammed).text("subject")).isEqualTo("أرغب في مناقشة تأخر تجديد إقامتي");
        assertThat(api.get("/api/v1/meeting-requests", mohammed).body().valueStream()
                .filter(r -> r.path("id").asString().equals(sent.text("id")))).hasSize(1);
        var noura = api.login("1000000016");
        assertThat(api.get(location, noura).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/meeting-requests/not-a-uuid", noura).status()).isEqualTo(404);
    }

    @Test
    void aMissingSubjectAnUnknownOfficialAndACaseNotMineAreRefusedFieldByField() {
        var api = new ApiClient(port);
        var noura = api.login("1000000016");
        var refused = api.post("/api/v1/meeting-requests", noura, """
                {"official":"no-such-official","subject":"  ","caseReference":"not-a-reference"}""",
                "Idempotency-Key", UUID.randomUUID().toString(), "Accept-Language", "en");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("api.invalid");
        var errors = refused.body().path("errors");
        assertThat(errors.has("official")).isTrue();
        assertThat(errors.has("subject")).isTrue();
        assertThat(errors.has("caseReference")).isTrue();
        assertThat(errors.path("subject").asString()).matches(".*[A-Za-z].*");
    }
}
