package org.nafitha.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.assistant.internal.UnansweredQuestions;
import org.nafitha.country.Luhn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * The assistant as the mobile app meets it: anonymous, answers copied from the catalogue, one
 * clarifying question when two services fit alike, "not found" with the written channel and the
 * hotline, every bad input a polite answer or a 4xx problem, and "where is my application?" for
 * one's own applications only.
 */
@NafithaTest
class AssistantApiTest {

    private static final String ASK = "/api/v1/assistant/ask";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UnansweredQuestions unanswered;

    private ApiClient.Response ask(String token, String question, String lang) {
        var body = JSON.createObjectNode().put("question", question);
        if (lang != null) body.put("lang", lang);
        return new ApiClient(port).post(ASK, token, body.toString());
    }

    @Test
    void aGulfQuestionIsAnsweredWithTheServiceAsTheCatalogueDescribesIt() {
        var reply = ask(null, "أبغى أجدد جوازي", null);
        assertThat(reply.status()).isEqualTo(200);
        var first = reply.body().path("answers").get(0);
        assertThat(first.path("service").asString()).isEqualTo("passport-renewal");
        assertThat(first.path("title").asString()).isEqualTo("تجديد جواز السفر");
        assertThat(first.path("eligibility").asString()).startsWith("المواطن الذي بلغ الحادية والعشرين");
        assertThat(first.path("documents").get(0).asString()).isEqualTo("صورة شخصية حديثة ملونة بخلفية بيضاء");
        assertThat(first.path("steps").size()).isEqualTo(5);
        assertThat(first.path("slaDays").asInt()).isEqualTo(5);
        assertThat(first.path("fees").size()).isGreaterThanOrEqualTo(1);
        assertThat(first.path("startUrl").asString()).isEqualTo("/services/passport-renewal");
        assertThat(first.path("source").asString()).contains("تجديد جواز السفر", "الإصدار");
        assertThat(reply.body().path("notFound").asBoolean()).isFalse();

        var english = ask(null, "I lost my passport", "en");
        assertThat(english.body().path("answers").get(0).path("service").asString()).isEqualTo("passport-lost");
        assertThat(english.body().path("answers").get(0).path("title").asString()).isEqualTo("Replacement of a lost passport");
        assertThat(english.body().path("facts").toString()).contains("LOST");
    }

    /** A resident asks in Urdu or French and reads the catalogue's answer in that language. */
    @Test
    void aResidentAsksInTheirLanguageAndIsAnsweredInIt() {
        var urdu = ask(null, "پاسپورٹ کی تجدید", "ur");
        assertThat(urdu.status()).isEqualTo(200);
        var first = urdu.body().path("answers").get(0);
        assertThat(first.path("service").asString()).isEqualTo("passport-renewal");
        assertThat(first.path("title").asString()).isEqualTo("پاسپورٹ کی تجدید");
        assertThat(first.path("steps").get(0).asString()).contains("وزارت");

        var hindi = ask(null, "मुझे इक़ामा रिन्यूअल करना है", "hi");
        assertThat(hindi.body().path("answers").get(0)).as(hindi.body().toString()).isNotNull();
        assertThat(hindi.body().path("answers").get(0).path("service").asString()).isEqualTo("residence-renewal");
        assertThat(hindi.body().path("answers").get(0).path("title").asString()).isEqualTo("इक़ामा रिन्यूअल");

        var french = ask(null, "renouveler mon passeport", "fr");
        assertThat(french.body().path("answers").get(0).path("service").asString()).isEqualTo("passport-renewal");
        assertThat(french.body().path("answers").get(0).path("title").asString()).isEqualTo("Renouvellement du passeport");
    }

    @Test
    void twoServicesThatFitAlikeBringOneClarifyingQuestion() {
        var reply = ask(null, "جوازي", null);
        assertThat(reply.status()).isEqualTo(200);
        var clarify = reply.body().path("clarify");
        assertThat(clarify.path("question").asString()).isEqualTo("أيّ هذه الخدمات تقصد؟");
        assertThat(clarify.path("choices").size()).isGreaterThanOrEqualTo(2);
        assertThat(clarify.path("choices").toString()).contains("passport-");
    }

    @Test
    void factsInTheQuestionAreRead() {
        var forChild = ask(null, "ابغى شهادة ميلاد لابني ضروري", null);
        assertThat(forChild.body().path("answers").get(0).path("service").asString()).isEqualTo("birth-certificate");
        assertThat(forChild.body().path("answers").get(0).path("forOthers").asBoolean()).isTrue();
        assertThat(forChild.body().path("facts").toString()).contains("FOR_SOMEONE_ELSE", "URGENT");
        var damaged = ask(null, "جوازي تالف", null);
        assertThat(damaged.body().path("answers").get(0).path("service").asString()).isEqualTo("passport-damaged");
        assertThat(damaged.body().path("facts").toString()).contains("DAMAGED");
    }

    @Test
    void nothingThatFitsIsNotFoundWithTheWrittenChannelAndTheHotlineAndIsKeptWithoutPersonalData() {
        var marker = "زعفران" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        var reply = ask(null, "كم سعر " + marker + " اليوم؟ رقمي 0551234567 وهويتي 1000000016", null);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("notFound").asBoolean()).isTrue();
        assertThat(reply.body().path("answers").size()).isZero();
        assertThat(reply.body().path("message").asString()).contains("٩٩٢");
        assertThat(reply.body().path("hotline").asString()).isEqualTo("٩٩٢");
        assertThat(reply.body().path("writtenChannelUrl").asString()).isEqualTo("/communication");
        var kept = jdbc.sql("SELECT question FROM assistant_unanswered WHERE question LIKE :m")
                .param("m", "%" + marker + "%").query(String.class).list();
        assertThat(kept).hasSize(1);
        assertThat(kept.getFirst()).contains(marker).doesNotContainPattern("\\d").doesNotContain("0551234567", "1000000016");
    }

    @Test
    void unansweredQuestionsAreForgottenAfterTheirRetentionPeriod() {
        var old = "سؤال قديم " + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        var recent = "سؤال حديث " + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        jdbc.sql("INSERT INTO assistant_unanswered (question, lang, asked_at) VALUES (:q, 'ar', :at)")
                .param("q", old).param("at", Timestamp.from(Instant.now().minus(Duration.ofDays(400))))
                .update();
        jdbc.sql("INSERT INTO assistant_unanswered (question, lang, asked_at) VALUES (:q, 'ar', :at)")
                .param("q", recent).param("at", Timestamp.from(Instant.now().minus(Duration.ofDays(30))))
                .update();
        assertThat(unanswered.forgetOld()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("SELECT question FROM assistant_unanswered WHERE question IN (:q)")
                .param("q", List.of(old, recent)).query(String.class).list()).containsExactly(recent);
    }

    @Test
    void badInputIsAnsweredPolitelyOrWithAFieldProblemNeverAnError() {
        var empty = ask(null, "   ", null);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.contentType()).startsWith("application/problem+json");
        assertThat(empty.text("field")).isEqualTo("question");
        assertThat(empty.text("detail")).isEqualTo("اكتب سؤالك.");

        var missing = new ApiClient(port).post(ASK, null, "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text("field")).isEqualTo("question");

        var huge = ask(null, "جواز ".repeat(2_000), null);
        assertThat(huge.status()).isBetween(400, 499);
        assertThat(huge.contentType()).startsWith("application/problem+json");
        assertThat(huge.text("field")).isEqualTo("question");

        var markup = ask(null, "<script>alert(1)</script> تجديد جواز", null);
        assertThat(markup.status()).isEqualTo(200);
        assertThat(markup.body().path("answers").get(0).path("service").asString()).isEqualTo("passport-renewal");

        var lucene = ask(null, "title:* OR", null);
        assertThat(lucene.status()).isEqualTo(200);
        assertThat(lucene.body().path("notFound").asBoolean()).isTrue();
        var luceneWithWords = ask(null, "name:passport AND renew*", "en");
        assertThat(luceneWithWords.status()).isEqualTo(200);
        assertThat(luceneWithWords.body().path("answers").get(0).path("service").asString()).isEqualTo("passport-renewal");

        var emoji = ask(null, "🛂🛂😀🙏", null);
        assertThat(emoji.status()).isEqualTo(200);
        assertThat(emoji.body().path("notUnderstood").asBoolean()).isTrue();
        assertThat(emoji.body().path("message").asString()).contains("لم نفهم", "٩٩٢");

        var chinese = ask(null, "我想更新护照", "en");
        assertThat(chinese.status()).isEqualTo(200);
        assertThat(chinese.body().path("notUnderstood").asBoolean()).isTrue();
        assertThat(chinese.body().path("message").asString()).contains("992");

        var french = ask(null, "Je voudrais connaître les horaires du musée", "en");
        assertThat(french.status()).isEqualTo(200);
        assertThat(french.body().path("notFound").asBoolean()).isTrue();
        assertThat(french.body().path("message").asString()).contains("992");

        var language = ask(null, "passport", "de");
        assertThat(language.status()).isEqualTo(400);
        assertThat(language.text("field")).isEqualTo("lang");
    }

    @Test
    void whereIsMyApplicationAnswersWithTheAskersOwnApplicationsOnly() {
        var api = new ApiClient(port);
        var noura = api.login("1000000016");
        var submitted = api.post("/api/v1/applications", noura, """
                {"serviceCode":"good-conduct-certificate","fields":{"purpose":"study","addressedTo":"جامعة الملك سعود",\
                "language":"ar","mobile":"0551112233"}}""", "Idempotency-Key", UUID.randomUUID().toString());
        var reference = submitted.text("reference");

        var anonymous = ask(null, "وين وصلت معاملتي؟", null);
        assertThat(anonymous.body().path("signInNeeded").asBoolean()).isTrue();
        assertThat(anonymous.body().has("applications")).isFalse();

        var mine = ask(noura, "وين وصلت معاملتي؟", null);
        assertThat(mine.body().path("applications").toString()).contains(reference);
        var byReference = ask(noura, "where is my application " + reference.toLowerCase(), "en");
        assertThat(byReference.body().path("applications").size()).isEqualTo(1);
        assertThat(byReference.body().path("applications").get(0).path("reference").asString()).isEqualTo(reference);
        assertThat(byReference.body().path("applications").get(0).path("status").asString()).isNotBlank();

        var ahmed = api.login("1000000008");
        var someoneElses = ask(ahmed, "حالة الطلب " + reference, null);
        var unknown = ask(ahmed, "حالة الطلب " + "GCC-2026-999999-" + luhnDigitFor("2026999999"), null);
        assertThat(someoneElses.body().path("applications").size()).isZero();
        assertThat(someoneElses.body().toString()).doesNotContain(reference);
        assertThat(someoneElses.body().path("message").asString()).isEqualTo(unknown.body().path("message").asString());
        assertThat(someoneElses.body().path("applications").toString()).isEqualTo(unknown.body().path("applications").toString());
    }

    private static int luhnDigitFor(String digits) {
        return Luhn.checkDigit(digits);
    }
}
