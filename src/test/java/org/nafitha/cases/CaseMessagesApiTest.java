package org.nafitha.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Writing to the department about my application through the API, as on its page; nobody else reads it. */
@NafithaTest
class CaseMessagesApiTest {

    @LocalServerPort int port;

    @Test
    void theApplicantWritesAndReadsHerMessagesAndAnotherPersonGetsNotFound() {
        var api = new ApiClient(port);
        var noura = api.login("1000000016");
        var submitted = api.post("/api/v1/applications", noura, """
                {"serviceCode":"good-conduct-certificate","fields":{"purpose":"study","addressedTo":"جامعة الملك سعود",\
                "language":"ar","mobile":"0551112233"}}""", "Idempotency-Key", UUID.randomUUID().toString());
        var messages = "/api/v1/applications/" + submitted.text("reference") + "/messages";

        var empty = api.post(messages, noura, "{\"body\":\"   \"}", "Accept-Language", "ar");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.contentType()).startsWith("application/problem+json");
        assertThat(empty.text("code")).isEqualTo("staff.note.EMPTY");
        assertThat(api.post(messages, noura, "{\"body\":\"" + "م".repeat(4001) + "\"}").text("code"))
                .isEqualTo("staff.note.TOO_LONG");

        assertThat(api.post(messages, noura, "{\"body\":\"هل يلزم حضوري لاستلام الشهادة؟\"}").status()).isEqualTo(204);
        var read = api.get(messages, noura);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().size()).isEqualTo(1);
        assertThat(read.body().get(0).path("from").asString()).isEqualTo("APPLICANT");
        assertThat(read.body().get(0).path("body").asString()).isEqualTo("هل يلزم حضوري لاستلام الشهادة؟");

        var ahmed = api.login("1000000008");
        assertThat(api.get(messages, ahmed).status()).isEqualTo(404);
        assertThat(api.post(messages, ahmed, "{\"body\":\"رسالة\"}").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/applications/not-a-reference/messages", noura).status()).isEqualTo(404);
    }
}
