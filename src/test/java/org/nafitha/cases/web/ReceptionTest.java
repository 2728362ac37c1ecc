package org.nafitha.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.nafitha.cases.Channel;
import org.nafitha.cases.internal.Submission;
import org.nafitha.cases.internal.SubmissionOutcome;
import org.nafitha.cases.internal.SubmittingCases;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Reception at a service centre: finding the visitor, and walk-in requests entered for them. */
@NafithaTest
@AutoConfigureMockMvc
class ReceptionTest {

    private static final String FORM = "/reception/visitor/apply/driving-licence-renewal";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SubmittingCases submitting;
    @LocalServerPort
    int port;

    private static MvcVisitor reception1;
    private static MvcVisitor reception2;

    /** One sign-in per receptionist for the class: sign-in codes are rationed per account. */
    private MvcVisitor reception1() throws Exception {
        if (reception1 == null) reception1 = MvcVisitor.signedIn(mvc, port, "reception1");
        return reception1;
    }

    private MvcVisitor reception2() throws Exception {
        if (reception2 == null) reception2 = MvcVisitor.signedIn(mvc, port, "reception2");
        return reception2;
    }

    private static String body(MvcVisitor visitor, RequestBuilder request)
            throws Exception {
        var result = visitor.perform(request);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private long lookups(String subject, String actor) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'person.lookup' AND subject = :s AND actor = :a")
                .param("s", subject).param("a", actor).query(Long.class).single();
    }

    private void find(MvcVisitor reception, String typed) throws Exception {
        var found = reception.perform(post("/reception/visitor").with(csrf()).param("nationalId", typed));
        assertThat(found.getResponse().getRedirectedUrl()).isEqualTo("/reception/visitor");
    }

    private static MockMultipartHttpServletRequestBuilder walkIn(String key) {
        return walkIn(key, "5002611234", true);
    }

    private static MockMultipartHttpServletRequestBuilder walkIn(String key, String medicalCheck, boolean idChecked) {
        return walkIn(key, medicalCheck, idChecked, "1000000016");
    }

    private static MockMultipartHttpServletRequestBuilder walkIn(String key, String medicalCheck, boolean idChecked,
                                                                 String visitor) {
        var builder = multipart(FORM);
        builder.with(csrf()).param("visitor", visitor).param("requestKey", key).param("licenceKind", "private").param("renewalYears", "10")
                .param("medicalCheckNumber", medicalCheck).param("mobile", "٠٥٥١١١٢٢٣٣");
        if (idChecked) builder.param("idChecked", "true");
        return builder;
    }

    @Test
    void findingAVisitorByAnIdTypedInArabicDigitsShowsTheirRecordAndCasesAndIsAudited() throws Exception {
        var reception = reception1();
        var before = lookups("2000000006", "reception1");
        find(reception, "٢٠٠٠٠٠٠٠٠٦");
        var page = body(reception, get("/reception/visitor"));
        assertThat(page).contains("محمد عبد الرحيم خان").contains("Mohammed Abdulrahim Khan").contains("2000000006");
        assertThat(lookups("2000000006", "reception1")).isEqualTo(before + 1);
        var reason = jdbc.sql("""
                        SELECT reason FROM audit_log WHERE action = 'person.lookup' AND subject = '2000000006'
                        AND actor = 'reception1' ORDER BY id DESC LIMIT 1""").query(String.class).single();
        assertThat(reason).isEqualTo("visitor at the counter");
    }

    @Test
    void anIdOutsideTheRegisterGetsAClearMessageAndNothingAboutAccounts() throws Exception {
        var reception = reception1();
        find(reception, "1000000156");
        var unknown = body(reception, get("/reception/visitor"));
        assertThat(unknown).contains("لا يوجد في السجل المدني شخص بهذا الرقم").contains("value=\"1000000156\"");
        // A person of the register without an account and one with an account look the same: no account data.
        find(reception, "1000000057");
        var withoutAccount = body(reception, get("/reception/visitor"));
        find(reception, "1000000016");
        var withAccount = body(reception, get("/reception/visitor"));
        assertThat(withoutAccount).contains("خالد بن سعيد الغامدي").doesNotContain("حساب").doesNotContain("+9665");
        assertThat(withAccount).contains("نورة بنت سعد القحطاني").doesNotContain("حساب").doesNotContain("+9665");
        // A mistyped number is refused before anything is read or audited.
        var wrong = reception.perform(post("/reception/visitor").with(csrf()).param("nationalId", "١٠٠٠٠٠٠٠٠٩"));
        assertThat(wrong.getResponse().getContentAsString()).contains("رقم الهوية غير صحيح");
        assertThat(lookups("1000000009", "reception1")).isZero();
    }

    @Test
    void suggestionsWhileTypingComeFromTheCatalogueAloneAndReadNobody() throws Exception {
        var reception = reception1();
        find(reception, "2000000006");
        var before = jdbc.sql("SELECT COUNT(*) FROM audit_log").query(Long.class).single();
        var fragment = body(reception, get("/reception/visitor/suggestions").param("request", "ابي اجدد الاقامه")
                .header("HX-Request", "true"));
        assertThat(fragment).startsWith("<div id=\"suggestions-panel\"").contains("residence-renewal")
                .doesNotContain("<html");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void onlyReceptionSubmitsForAVisitorWithoutAMandateAndOnlyAtTheCounter() {
        var input = Map.of("licenceKind", "private", "renewalYears", "5", "medicalCheckNumber", "5002611234",
                "mobile", "0551112233");
        var reception = new Actor("reception1", null, "منى السبيعي", Set.of(Role.RECEPTION), null);
        // Reception through the online channel is not an applicant.
        assertThat(submitting.submit(new Submission(reception, "driving-licence-renewal", input, Map.of(),
                UUID.randomUUID().toString(), "1000000016"))).isInstanceOf(SubmissionOutcome.NotAnApplicant.class);
        // A citizen claiming the reception channel still needs a mandate to act for someone else.
        var citizen = new Actor("1000000008", "1000000008", "أحمد بن علي الزهراني", Set.of(Role.APPLICANT), null);
        assertThat(submitting.submit(new Submission(citizen, "driving-licence-renewal", input, Map.of(),
                UUID.randomUUID().toString(), "2000000006", Channel.RECEPTION, "1000000008", true)))
                .isInstanceOf(SubmissionOutcome.MandateRefused.class);
        // An officer is not reception.
        var officer = new Actor("traffic1", null, "تركي القرني", Set.of(Role.OFFICER), "traffic");
        assertThat(submitting.submit(Submission.atReception(officer, "driving-licence-renewal", input, Map.of(),
                UUID.randomUUID().toString(), "1000000016", false))).isInstanceOf(SubmissionOutcome.NotAnApplicant.class);
    }

    @Test
    void servicesASponsorAppliesForAreNotEnteredAtReception() throws Exception {
        var reception = reception1();
        find(reception, "2000000006");
        assertThat(reception.perform(get("/reception/visitor/apply/work-permit")).getResponse().getStatus()).isEqualTo(404);
        assertThat(body(reception, get("/reception/visitor"))).doesNotContain("value=\"work-permit\"")
                .contains("value=\"driving-licence-renewal\"");
    }

    @Test
    void aFormFilledForOneVisitorIsNotSubmittedAfterReceptionTurnedToAnother() throws Exception {
        var reception = reception1();
        find(reception, "2000000006");
        var key = UUID.randomUUID().toString();
        var stale = reception.perform(walkIn(key, "5002611234", true, "1000000016"));
        assertThat(stale.getResponse().getRedirectedUrl()).isEqualTo("/reception/visitor");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM idempotency_keys WHERE idempotency_key = :k")
                .param("k", "reception-" + key).query(Long.class).single()).isZero();
    }

    @Test
    void theDeskReadsInEnglishToo() throws Exception {
        var reception = reception1();
        find(reception, "1000000016");
        try {
            var page = body(reception, get("/reception/visitor").param("lang", "en").param("request", "renew my driving licence"));
            assertThat(page).contains("Civil register").contains("Noura bint Saad Al-Qahtani").contains("Suggested services")
                    .contains("Driving licence renewal").doesNotContain("??");
            var form = body(reception, get(FORM).param("lang", "en"));
            assertThat(form).contains("Applying in the visitor&#39;s name: Noura").contains("Handled by the women&#39;s section")
                    .doesNotContain("??");
        } finally {
            reception.perform(get("/reception").param("lang", "ar"));
        }
    }

    @Test
    void onlyReceptionUsesTheDesk() throws Exception {
        var officer = MvcVisitor.signedIn(mvc, port, "traffic-head");
        assertThat(officer.perform(get("/reception")).getResponse().getStatus()).isEqualTo(403);
        assertThat(officer.perform(post("/reception/visitor").with(csrf()).param("nationalId", "1000000016"))
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(officer.perform(walkIn(UUID.randomUUID().toString())).getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aWalkInNeedsTheIdCardSeenAndKeepsWhatWasTyped() throws Exception {
        var reception = reception1();
        find(reception, "1000000016");
        var form = body(reception, get(FORM));
        assertThat(form).contains("نورة بنت سعد القحطاني").contains("name=\"requestKey\"");
        var key = UUID.randomUUID().toString();
        var page = body(reception, walkIn(key, "12345", false));
        assertThat(page).contains("أكّد أنك اطلعت على بطاقة هوية المراجع").contains("الصيغة غير صحيحة")
                .contains("value=\"٠٥٥١١١٢٢٣٣\"").containsPattern("value=\"10\"\\s+checked")
                .contains("value=\"" + key + "\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM idempotency_keys WHERE idempotency_key = :k")
                .param("k", "reception-" + key).query(Long.class).single()).isZero();
    }

    @Test
    void theWomensSectionFlagAndWhoEnteredItAreStoredAndTheSubmissionIsAuditedAsCheckedInPerson() throws Exception {
        var reception = reception2();
        find(reception, "1000000016");
        // reception2 works in a women's section: the flag is offered ticked.
        assertThat(body(reception, get(FORM))).containsPattern("name=\"womenSection\"[^>]*checked");
        var key = UUID.randomUUID().toString();
        var done = reception.perform(walkIn(key).param("womenSection", "true"));
        var target = done.getResponse().getRedirectedUrl();
        assertThat(target).matches("/reception/submitted/DLR-\\d{4}-\\d{6}-\\d");
        var reference = target.substring(target.lastIndexOf('/') + 1);
        assertThat(body(reception, get(target))).contains(reference).contains("تجديد رخصة القيادة");
        // The same form sent again (a double click) is the same case.
        assertThat(reception.perform(walkIn(key).param("womenSection", "true")).getResponse().getRedirectedUrl())
                .isEqualTo(target);

        var stored = jdbc.sql("""
                        SELECT applicant, channel, entered_by, women_section, submitted_by FROM cases WHERE reference = :r""")
                .param("r", reference)
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|"
                        + rs.getBoolean(4) + "|" + rs.getString(5))
                .single();
        assertThat(stored).isEqualTo("1000000016|RECEPTION|reception2|true|reception2");
        var audit = jdbc.sql("SELECT actor_role || ' ' || reason FROM audit_log WHERE action = 'case.submit' AND case_reference = :r")
                .param("r", reference).query(String.class).single();
        assertThat(audit).isEqualTo("RECEPTION walk-in at reception; identity checked in person; women's section");

        // Another receptionist does not get the confirmation page of this case.
        assertThat(reception1().perform(get(target)).getResponse().getStatus()).isEqualTo(404);
        // The visitor follows it among their own applications.
        var visitor = MvcVisitor.signedIn(mvc, port, "1000000016");
        assertThat(body(visitor, get("/applications"))).contains(reference);
        assertThat(body(visitor, get("/applications/" + reference))).contains("تجديد رخصة القيادة");
    }

    @Test
    void receptionRecordsAVisitorsAccessibilityNeeds() throws Exception {
        var reception = reception1();
        find(reception, "2000000006");
        var saved = reception.perform(post("/reception/visitor/needs").with(csrf()).param("need", "WHEELCHAIR")
                .param("note-WHEELCHAIR", "يحتاج مدخلًا بلا درج"));
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/reception/visitor");
        assertThat(body(reception, get("/reception/visitor"))).contains("كرسي متحرك أو مدخل مهيأ")
                .contains("يحتاج مدخلًا بلا درج");
        assertThat(jdbc.sql("SELECT recorded_by FROM accessibility_needs WHERE national_id = '2000000006' AND need = 'WHEELCHAIR'")
                .query(String.class).single()).isEqualTo("reception1");
        var tooLong = reception.perform(post("/reception/visitor/needs").with(csrf()).param("need", "READER")
                .param("note-READER", "ن".repeat(301)));
        assertThat(tooLong.getResponse().getContentAsString()).contains("الملاحظة طويلة");
    }
}
