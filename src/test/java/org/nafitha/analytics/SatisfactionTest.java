package org.nafitha.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.Assignees;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Once a case has ended its applicant is asked one question, in the inbox and on the case page, and
 * answers once; a department's head reads the comments with personal data masked.
 */
@NafithaTest
@AutoConfigureMockMvc
class SatisfactionTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private String submitted(String citizen) {
        return api.post("/api/v1/applications", citizen, """
                {"serviceCode":"good-conduct-certificate","fields":{"purpose":"study","addressedTo":"جامعة الملك عبد العزيز",\
                "language":"ar","mobile":"0551112233"}}""", "Idempotency-Key", UUID.randomUUID().toString()).text("reference");
    }

    private String ended(String citizen) {
        var reference = submitted(citizen);
        api.post("/api/v1/staff/cases/" + reference + "/decisions", api.login(Assignees.of(jdbc, reference)),
                "{\"action\":\"approve\"}");
        assertThat(api.post("/api/v1/staff/cases/" + reference + "/decisions", api.login("police-head"),
                "{\"action\":\"confirm\"}").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).until(() ->
                api.get("/api/v1/applications/" + reference + "/satisfaction", citizen).body().path("asked").asBoolean());
        return reference;
    }

    private ApiClient.Response answer(String token, String reference, String body) {
        return api.post("/api/v1/applications/" + reference + "/satisfaction", token, body,
                "Idempotency-Key", UUID.randomUUID().toString());
    }

    @Test
    void theApplicantIsAskedOnceInTheInboxAndAnswersOnce() {
        var noura = api.login("1000000016");
        var reference = ended(noura);
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            int asked = 0;
            for (var m : api.get("/api/v1/inbox", noura, "Accept-Language", "en").body().path("messages")) {
                if (reference.equals(m.path("reference").asString())
                        && m.path("text").asString().contains("tell us how satisfied you are")) asked++;
            }
            return asked == 1;
        });
        // The same question by the channel she chose (SMS by default), leading to the rating page; once.
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql("""
                        SELECT COUNT(*) FROM notification_messages
                        WHERE template_key = 'satisfaction-asked' AND case_reference = :ref""")
                .param("ref", reference).query(Long.class).single() > 0);
        var sms = jdbc.sql("""
                        SELECT body FROM notification_messages
                        WHERE template_key = 'satisfaction-asked' AND case_reference = :ref AND channel = 'SMS'""")
                .param("ref", reference).query(String.class).list();
        assertThat(sms).singleElement().asString().contains("/applications/" + reference + "/satisfaction");

        assertThat(answer(noura, reference, "{\"score\":0}").status()).isEqualTo(400);
        var six = answer(noura, reference, "{\"score\":6}");
        assertThat(six.status()).isEqualTo(400);
        assertThat(six.body().path("errors").path("score").asString()).isNotBlank();
        // 10,000 characters are stopped by the portal's limit on any field; past 2,000 by the question's own.
        var essay = answer(noura, reference, "{\"score\":4,\"comment\":\"" + "ط".repeat(10_000) + "\"}");
        assertThat(essay.status()).isEqualTo(413);
        assertThat(essay.text("field")).isEqualTo("comment");
        var tooLong = answer(noura, reference, "{\"score\":4,\"comment\":\"" + "ط".repeat(2_001) + "\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().path("errors").path("comment").asString()).isNotBlank();
        assertThat(api.post("/api/v1/applications/" + reference + "/satisfaction", noura, "{\"score\":5}").status())
                .isEqualTo(400);

        var key = UUID.randomUUID().toString();
        var first = api.post("/api/v1/applications/" + reference + "/satisfaction", noura,
                "{\"score\":\"٥\",\"comment\":\"خدمة سريعة. للتواصل 0551112233 أو noura@example.sa <b>شكرًا</b>\"}",
                "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().path("score").asInt()).isEqualTo(5);
        // The same request again (a retry) is the same answer; another answer is refused.
        assertThat(api.post("/api/v1/applications/" + reference + "/satisfaction", noura, "{\"score\":\"٥\"}",
                "Idempotency-Key", key).status()).isEqualTo(201);
        var again = answer(noura, reference, "{\"score\":1}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("analytics.ALREADY_ANSWERED");
        assertThat(api.get("/api/v1/applications/" + reference + "/satisfaction", noura).body().path("score").asInt())
                .isEqualTo(5);

        var comments = api.get("/api/v1/analytics/comments?service=good-conduct-certificate", api.login("police-head"));
        assertThat(comments.status()).isEqualTo(200);
        assertThat(comments.body().findValuesAsString("comment"))
                .contains("خدمة سريعة. للتواصل ••• أو ••• <b>شكرًا</b>")
                .noneMatch(c -> c.contains("0551112233") || c.contains("noura@example.sa"));
        assertThat(api.get("/api/v1/analytics/comments?department=police", api.login("head1")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/analytics/comments", noura).status()).isEqualTo(403);
    }

    @Test
    void aRunningCaseIsNotAskedYetAndAnotherPersonsCaseIsNotFound() {
        var noura = api.login("1000000016");
        var running = submitted(noura);
        var early = answer(noura, running, "{\"score\":3}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text("code")).isEqualTo("analytics.NOT_ENDED");
        assertThat(api.get("/api/v1/applications/" + running + "/satisfaction", noura).body().path("asked").asBoolean())
                .isFalse();
        var ahmed = api.login("1000000008");
        assertThat(answer(ahmed, running, "{\"score\":3}").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/applications/" + running + "/satisfaction", ahmed).status()).isEqualTo(404);
        assertThat(answer(ahmed, "GCC-2026-99999999", "{\"score\":3}").status()).isEqualTo(404);
    }

    @Test
    void onThePageAWrongAnswerIsShownAgainEscapedWithItsErrorAndARightOneIsThanked() throws Exception {
        var noura = api.login("1000000016");
        var reference = ended(noura);
        var visitor = MvcVisitor.signedInOnce(mvc, port, "1000000016");
        var casePage = visitor.perform(get("/applications/" + reference)).getResponse().getContentAsString();
        assertThat(casePage).contains("/applications/" + reference + "/satisfaction");
        var form = visitor.perform(get("/applications/" + reference + "/satisfaction").param("lang", "en")).getResponse();
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getContentAsString()).contains("Good conduct certificate").contains("Very satisfied");

        var refused = visitor.perform(post("/applications/" + reference + "/satisfaction").with(csrf()).param("lang", "en")
                .param("key", UUID.randomUUID().toString()).param("comment", "<script>alert(1)</script> بطء في الرد"))
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("Choose how satisfied you are, from 1 to 5")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; بطء في الرد").doesNotContain("<script>alert(1)");

        var sent = visitor.perform(post("/applications/" + reference + "/satisfaction").with(csrf())
                .param("key", UUID.randomUUID().toString()).param("score", "٤").param("comment", "بطء في الرد")).getResponse();
        assertThat(sent.getRedirectedUrl()).isEqualTo("/applications/" + reference + "/satisfaction");
        assertThat(visitor.perform(get("/applications/" + reference + "/satisfaction").param("lang", "en"))
                .getResponse().getContentAsString()).contains("We recorded your answer: 4 out of 5.");
        assertThat(visitor.perform(get("/applications/" + submitted(noura) + "/satisfaction")).getResponse().getStatus())
                .isEqualTo(409);
    }
}
