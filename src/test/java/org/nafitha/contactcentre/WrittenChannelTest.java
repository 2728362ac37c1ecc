package org.nafitha.contactcentre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.nafitha.cases.Applications;
import org.nafitha.cases.CaseReference;
import org.nafitha.country.ArabicDigits;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The written channel as its users meet it: a deaf citizen writes about her application, the
 * communication centre answers from its inbox (each reading audited), she reads the answer and is
 * told of it in her notifications; nobody else can read or write in her conversation.
 */
@NafithaTest
@AutoConfigureMockMvc
class WrittenChannelTest {

    private static final String NOURA = "1000000016";
    private static final String MOHAMMED = "2000000006";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Applications applications;
    @LocalServerPort
    int port;

    private CaseReference caseOf(String nationalId) {
        var applicant = new Actor(nationalId, nationalId, "نورة", Set.of(Role.APPLICANT), null);
        var outcome = applications.applyForSelf(applicant, "good-conduct-certificate", Map.of("purpose", "work",
                "addressedTo", "جامعة الملك سعود", "language", "ar", "mobile", "0551112233"), UUID.randomUUID().toString());
        assertThat(outcome).isInstanceOf(Applications.Submitted.class);
        return ((Applications.Submitted) outcome).reference();
    }

    private static String text(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String open(MvcVisitor visitor, String topic, String caseReference, String body) throws Exception {
        var result = visitor.perform(post("/communication").with(csrf()).param("topic", topic)
                .param("caseReference", caseReference).param("body", body));
        assertThat(result.getResponse().getStatus()).as(text(result)).isEqualTo(302);
        var location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/communication/WR-[A-Z0-9]{8}\\?opened");
        return location.substring("/communication/".length(), location.indexOf('?'));
    }

    /** One session per account for the whole class: signing in costs a code from a throttled allowance. */
    private MvcVisitor visitor(String username) throws Exception {
        return MvcVisitor.signedInOnce(mvc, port, username);
    }

    /** The agent sees what the catalogue says about the person's own words, to point them to a service. */
    @Test
    void theAgentSeesTheAssistantsMatchesForThePersonsWordsAndThePersonCanAskItFirst() throws Exception {
        var noura = visitor(NOURA);
        assertThat(text(noura.perform(get("/communication")))).contains("action=\"/assistant\"");
        var conversation = open(noura, "سؤال عن الجواز", "", "أبغى أجدد جوازي قبل السفر، وش أسوي؟");
        var thread = text(visitor("commcentre1").perform(get("/staff/communication/" + conversation)));
        assertThat(thread).contains("ما يقوله دليل الخدمات").contains("تجديد جواز السفر").contains("/services/passport-renewal");
    }

    @Test
    void citizenWritesTheCentreAnswersAndSheReadsTheAnswerAndIsNotified() throws Exception {
        var reference = caseOf(NOURA);
        var noura = visitor(NOURA);
        // typed as people type references: lower case, Arabic-Indic digits
        var conversation = open(noura, "متى يصدر طلبي؟", ArabicDigits.toArabicIndic(reference.value().toLowerCase()),
                "أنا صمّاء ولا أستطيع الاتصال بالهاتف. متى تصدر شهادتي؟");
        assertThat(text(noura.perform(get("/communication/" + conversation)))).contains("بانتظار رد المركز")
                .contains(reference.value());

        var centre = visitor("commcentre1");
        assertThat(text(centre.perform(get("/staff/communication")))).contains(conversation).contains("متى يصدر طلبي؟");
        var thread = text(centre.perform(get("/staff/communication/" + conversation)));
        assertThat(thread).contains("نورة بنت سعد القحطاني").contains("لا أستطيع الاتصال بالهاتف");
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM audit_log WHERE action = 'commcentre.conversation-read'
                        AND actor = 'commcentre1' AND subject = :p AND reason = :c""")
                .param("p", NOURA).param("c", conversation).query(Long.class).single()).isEqualTo(1);
        var answered = centre.perform(post("/staff/communication/" + conversation).with(csrf())
                .param("body", "تصدر الشهادة خلال خمسة أيام عمل، وسنرسل لك إشعارًا عند جاهزيتها."));
        assertThat(answered.getResponse().getRedirectedUrl()).isEqualTo("/staff/communication/" + conversation + "?sent");

        assertThat(text(noura.perform(get("/communication/" + conversation))))
                .contains("تصدر الشهادة خلال خمسة أيام عمل").contains("تم الرد");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(text(noura.perform(get("/inbox"))))
                .contains("ردّ مركز التواصل على رسالتك").contains("/communication/" + conversation));
    }

    @Test
    void anotherPersonCannotReadOrWriteInSomeoneElsesConversation() throws Exception {
        var noura = visitor(NOURA);
        var conversation = open(noura, "تغيير عنوان السكن", "", "انتقلت إلى حي الملقا في الرياض.");
        var mohammed = visitor(MOHAMMED);
        assertThat(mohammed.perform(get("/communication/" + conversation)).getResponse().getStatus()).isEqualTo(404);
        assertThat(mohammed.perform(post("/communication/" + conversation).with(csrf()).param("body", "تجربة"))
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(text(mohammed.perform(get("/communication")))).doesNotContain(conversation);
        assertThat(visitor("agent1").perform(get("/staff/communication/" + conversation))
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(visitor("officer1").perform(get("/staff/communication"))
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aCaseReferenceMustBeOneOfTheirOwnAndTheFormIsKept() throws Exception {
        var nourasCase = caseOf(NOURA);
        var mohammed = visitor(MOHAMMED);
        var someoneElses = text(mohammed.perform(post("/communication").with(csrf()).param("topic", "استفسار")
                .param("caseReference", nourasCase.value()).param("body", "ما حالة طلبي؟")));
        assertThat(someoneElses).contains("لا نجد معاملة بهذا الرقم بين طلباتك").contains("ما حالة طلبي؟");
        var malformed = text(mohammed.perform(post("/communication").with(csrf()).param("topic", "استفسار")
                .param("caseReference", "PSP-2026-1").param("body", "ما حالة طلبي؟")));
        assertThat(malformed).contains("رقم المعاملة غير صحيح");
        var empty = text(mohammed.perform(post("/communication").with(csrf()).param("topic", " ")
                .param("caseReference", "").param("body", "")));
        assertThat(empty).contains("اكتب موضوع رسالتك").contains("اكتب رسالتك");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM commcentre_conversations WHERE person = :p").param("p", MOHAMMED)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aClosedConversationTakesNoMoreMessages() throws Exception {
        var noura = visitor(NOURA);
        var conversation = open(noura, "شكر", "", "شكرًا على سرعة الرد.");
        var centre = visitor("commcentre1");
        centre.perform(post("/staff/communication/" + conversation + "/close").with(csrf()));
        assertThat(text(centre.perform(get("/staff/communication")))).doesNotContain(conversation);
        var refused = text(noura.perform(post("/communication/" + conversation).with(csrf()).param("body", "وأيضًا...")));
        assertThat(refused).contains("هذه المحادثة مغلقة");
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM commcentre_messages m JOIN commcentre_conversations c ON c.id = m.conversation_id
                        WHERE c.reference = :r""").param("r", conversation).query(Long.class).single()).isEqualTo(1);
    }
}
