package org.nafitha.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.cases.internal.Submission;
import org.nafitha.cases.internal.SubmissionOutcome;
import org.nafitha.cases.internal.SubmittingCases;
import org.nafitha.country.ArabicDigits;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A resident calls the free hotline about his driving-licence renewal: the agent must give a
 * reason before looking the case up, tells him where it is and who acts next, and logs the call.
 */
@NafithaTest
class AnswerAHotlineCallJourneyTest {

    private static BrowserSupport browsers;

    @LocalServerPort
    int port;
    @Autowired
    SubmittingCases submitting;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void launch() {
        browsers = BrowserSupport.start("hotline-call");
    }

    @AfterAll
    static void close() {
        if (browsers != null) browsers.close();
    }

    @Test
    void anAgentLooksUpACaseWithAReasonExplainsWhereItIsAndLogsTheCall() {
        var applicant = new Actor("2000000006", "2000000006", "محمد عبد الرحيم خان", Set.of(Role.APPLICANT), null);
        var reference = ((SubmissionOutcome.Submitted) submitting.submit(new Submission(applicant, "driving-licence-renewal",
                Map.of("licenceKind", "public", "renewalYears", "5", "medicalCheckNumber", "5002619876",
                        "mobile", "0567778899"), Map.of(), UUID.randomUUID().toString(), null))).reference().value();

        var agent = browsers.person("ar-SA").newPage();
        agent.navigate("http://localhost:" + port + "/signin");
        agent.getByLabel("رقم الهوية أو الإقامة").fill("agent1");
        agent.getByLabel("كلمة المرور").fill(ApiClient.DEMO_PASSWORD);
        agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("دخول")).click();
        agent.getByLabel("رمز التحقق").fill(new ApiClient(port).latestCode("agent1"));
        agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("تحقق")).click();
        assertThat(agent.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("مركز الاتصال"))).isVisible();
        browsers.look(agent, "desk");

        // The caller reads the reference out; the agent types it in Arabic digits and forgets the reason.
        agent.getByLabel("رقم المعاملة أو رقم الهوية").fill(ArabicDigits.toArabicIndic(reference));
        agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("بحث")).click();
        assertThat(agent.locator(".error-summary")).containsText("اكتب سبب البحث");
        browsers.look(agent, "reason-required");

        agent.getByLabel("سبب البحث").fill("المتصل يسأل متى تصدر رخصته");
        agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("بحث")).click();
        assertThat(agent.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("معاملة " + reference))).isVisible();
        assertThat(agent.locator("#next")).containsText("الموظف المختص");
        assertThat(agent.locator("#whereabouts")).containsText("قيد الدراسة");
        browsers.look(agent, "whereabouts");

        agent.getByLabel("ماذا سأل المتصل وبماذا أجبته").fill("أُبلغ بأن الطلب قيد الدراسة لدى إدارة المرور");
        agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("تسجيل المكالمة")).click();
        assertThat(agent.locator(".banner--success")).containsText(reference);
        browsers.look(agent, "call-logged");
        agent.context().close();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_notes WHERE case_reference = :r AND author = 'agent1' AND internal = TRUE")
                .param("r", reference).query(Long.class).single()).isEqualTo(1);
    }
}
