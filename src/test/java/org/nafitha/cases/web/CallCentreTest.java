package org.nafitha.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
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

/** The call-centre agent: look-ups with a reason, where a case is and who acts next, logging the call. */
@NafithaTest
@AutoConfigureMockMvc
class CallCentreTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SubmittingCases submitting;
    @LocalServerPort
    int port;

    private static MvcVisitor agent;

    private MvcVisitor agent() throws Exception {
        if (agent == null) agent = MvcVisitor.signedIn(mvc, port, "agent1");
        return agent;
    }

    /** A driving-licence renewal entered at reception for the person, as a case to call about. */
    private String caseFor(String nationalId) {
        var reception = new Actor("reception1", null, "منى السبيعي", Set.of(Role.RECEPTION), null);
        var outcome = submitting.submit(Submission.atReception(reception, "driving-licence-renewal",
                Map.of("licenceKind", "private", "renewalYears", "5", "medicalCheckNumber", "5002611234",
                        "mobile", "0567778899"), Map.of(), UUID.randomUUID().toString(), nationalId, false));
        return ((SubmissionOutcome.Submitted) outcome).reference().value();
    }

    private long audited(String action, String actor) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = :a AND actor = :u")
                .param("a", action).param("u", actor).query(Long.class).single();
    }

    @Test
    void aLookUpWithoutAReasonIsRefusedAndNothingIsRead() throws Exception {
        var reference = caseFor("2000000006");
        var reads = audited("case.read", "agent1");
        var page = agent().perform(post("/call-centre/lookup").with(csrf()).param("query", reference).param("reason", "  "))
                .getResponse().getContentAsString();
        assertThat(page).contains("اكتب سبب البحث").doesNotContain("من عليه الإجراء التالي");
        assertThat(audited("case.read", "agent1")).isEqualTo(reads);
        var nonsense = agent().perform(post("/call-centre/lookup").with(csrf()).param("query", "ABC-1").param("reason", "اتصال"))
                .getResponse().getContentAsString();
        assertThat(nonsense).contains("هذا ليس رقم معاملة ولا رقم هوية صحيحًا");
    }

    @Test
    void theAgentSeesWhereTheCaseIsAndWhoMustActNextAndTheLookUpIsAuditedWithItsReason() throws Exception {
        var reference = caseFor("2000000006");
        jdbc.sql("UPDATE cases SET assignee = 'traffic1' WHERE reference = :r").param("r", reference).update();
        var page = agent().perform(post("/call-centre/lookup").with(csrf())
                        .param("query", reference.toLowerCase()).param("reason", "المتصل يسأل عن حالة طلبه"))
                .getResponse().getContentAsString();
        assertThat(page).contains(reference).contains("تجديد رخصة القيادة").contains("قيد الدراسة")
                .contains("الموظف المختص").contains("رئيس القسم").contains("تركي بن محمد القرني")
                .contains("في مركز الخدمة عبر الاستقبال").contains("المرور");
        assertThat(page).doesNotContain("5002611234").doesNotContain("/documents/");
        // The caller's needs are shown to the agent as to any staff on the case.
        jdbc.sql("""
                        INSERT INTO accessibility_needs (national_id, need, note, recorded_by, recorded_at)
                        VALUES ('2000000006', 'SIGN_LANGUAGE', NULL, 'reception1', CURRENT_TIMESTAMP)
                        ON CONFLICT DO NOTHING""").update();
        assertThat(agent().perform(post("/call-centre/lookup").with(csrf()).param("query", reference)
                        .param("reason", "المتصل يسأل عن حالة طلبه")).getResponse().getContentAsString())
                .contains("مترجم لغة الإشارة");
        var entry = jdbc.sql("""
                        SELECT subject || ' ' || reason FROM audit_log WHERE action = 'case.read' AND actor = 'agent1'
                        AND case_reference = :r ORDER BY id DESC LIMIT 1""")
                .param("r", reference).query(String.class).single();
        assertThat(entry).isEqualTo("2000000006 المتصل يسأل عن حالة طلبه");
    }

    @Test
    void aLookUpByNationalIdListsTheCallersCasesAndIsAuditedAsALookAtThePerson() throws Exception {
        var reference = caseFor("1000000016");
        var page = agent().perform(post("/call-centre/lookup").with(csrf()).param("query", "١٠٠٠٠٠٠٠١٦")
                .param("reason", "المتصلة تسأل عن طلباتها")).getResponse().getContentAsString();
        assertThat(page).contains(reference);
        var reason = jdbc.sql("""
                        SELECT reason FROM audit_log WHERE action = 'person.lookup' AND actor = 'agent1'
                        AND subject = '1000000016' ORDER BY id DESC LIMIT 1""").query(String.class).single();
        assertThat(reason).isEqualTo("المتصلة تسأل عن طلباتها");
    }

    @Test
    void theAgentLogsTheCallAsAnInternalNoteWithoutChangingTheCase() throws Exception {
        var reference = caseFor("2000000006");
        var version = jdbc.sql("SELECT version FROM cases WHERE reference = :r").param("r", reference).query(Integer.class).single();
        var done = agent().perform(post("/call-centre/cases/" + reference + "/calls").with(csrf())
                .param("reason", "اتصال من المراجع").param("note", "سأل عن موعد وصول الرخصة؛ أُبلغ بأنها قيد الدراسة"));
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/call-centre");
        var note = jdbc.sql("SELECT author || ' ' || author_role || ' ' || internal || ' ' || body FROM case_notes WHERE case_reference = :r")
                .param("r", reference).query(String.class).single();
        assertThat(note).isEqualToIgnoringCase("agent1 AGENT true سأل عن موعد وصول الرخصة؛ أُبلغ بأنها قيد الدراسة");
        assertThat(jdbc.sql("SELECT version FROM cases WHERE reference = :r").param("r", reference).query(Integer.class).single())
                .isEqualTo(version);
        var page = agent().perform(post("/call-centre/lookup").with(csrf()).param("query", reference)
                .param("reason", "اتصال ثانٍ")).getResponse().getContentAsString();
        assertThat(page).contains("سأل عن موعد وصول الرخصة").contains("فهد بن عبد الله الشهراني");
        var empty = agent().perform(post("/call-centre/cases/" + reference + "/calls").with(csrf())
                .param("reason", "اتصال من المراجع").param("note", " "));
        assertThat(empty.getResponse().getContentAsString()).contains("اكتب ملخص المكالمة");
    }

    @Test
    void anAgentCannotActOnACaseNorOpenItsFileOrDocuments() throws Exception {
        var reference = caseFor("2000000006");
        var agent = agent();
        assertThat(agent.perform(post("/staff/cases/" + reference + "/decisions").with(csrf()).param("action", "approve"))
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(agent.perform(get("/staff/cases/" + reference)).getResponse().getStatus()).isEqualTo(404);
        assertThat(agent.perform(get("/staff/cases/" + reference + "/documents/" + UUID.randomUUID()))
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT status FROM cases WHERE reference = :r").param("r", reference).query(String.class).single())
                .isEqualTo("SUBMITTED");
        var citizen = MvcVisitor.signedIn(mvc, port, "2000000006");
        assertThat(citizen.perform(get("/call-centre")).getResponse().getStatus()).isEqualTo(403);
    }
}
