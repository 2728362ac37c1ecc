package org.nafitha.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.Assignees;
import org.nafitha.NafithaTest;
import org.nafitha.TestClock;
import org.nafitha.TestImages;
import org.nafitha.cases.internal.ServiceLevelClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The department at work, in the browser: an officer asks for more information with a standard
 * reason, the citizen answers, the officer approves and the reviewer confirms; a head reassigns a
 * case with a reason; a case left too long is escalated and the head sees it late.
 */
@NafithaTest
class CaseworkJourneyTest {

    private static BrowserSupport browsers;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    ServiceLevelClock deadlines;

    @BeforeAll
    static void launch() {
        browsers = BrowserSupport.start("casework");
    }

    @AfterAll
    static void close() {
        if (browsers != null) browsers.close();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String passportCase(String citizen) {
        var api = new ApiClient(port);
        var token = api.login(citizen);
        var reference = api.post("/api/v1/applications", token, """
                        {"serviceCode":"passport-renewal","fields":{"validityYears":"5","mobile":"0551112233"}}""",
                "Idempotency-Key", UUID.randomUUID().toString()).text("reference");
        assertThat(api.upload("/api/v1/applications/" + reference + "/documents", token, "photo", "p.jpg",
                TestImages.portrait("jpg"), "image/jpeg").status()).isEqualTo(201);
        return reference;
    }

    @Test
    void officerAsksForInformationCitizenAnswersReviewerApproves() {
        var reference = passportCase("1000000016");
        var officerName = Assignees.of(jdbc, reference);

        var officer = signIn(officerName);
        officer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
        assertThat(officer.locator("main")).containsText("أُسندت بالقرعة العادلة");
        assertThat(officer.locator("main")).containsText("أُعيد التحقق من القرعة");
        var ask = officer.locator("form.decision").filter(new Locator.FilterOptions()
                .setHas(officer.locator("[data-action=request-info]")));
        // Without a reason the step is refused and the typed text stays.
        ask.getByLabel("تفاصيل إضافية لمقدم الطلب").fill("نرجو إرفاق صورة حديثة بخلفية بيضاء");
        ask.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("طلب معلومات")).click();
        assertThat(officer.locator(".error-summary")).containsText("اختر أحد أسباب الخدمة");
        browsers.look(officer, "officer-reason-missing");
        ask = officer.locator("form.decision").filter(new Locator.FilterOptions()
                .setHas(officer.locator("[data-action=request-info]")));
        assertThat(ask.getByLabel("تفاصيل إضافية لمقدم الطلب")).hasValue("نرجو إرفاق صورة حديثة بخلفية بيضاء");
        ask.getByLabel("السبب (يظهر لمقدم الطلب)").selectOption("photo-not-compliant");
        ask.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("طلب معلومات")).click();
        assertThat(officer.locator(".banner--success")).containsText(reference);
        officer.context().close();

        var citizen = signIn("1000000016");
        citizen.navigate(base() + "/applications/" + reference);
        assertThat(citizen.locator(".timeline")).containsText("الصورة الشخصية لا تطابق المواصفات");
        assertThat(citizen.locator(".timeline")).containsText("نرجو إرفاق صورة حديثة بخلفية بيضاء");
        browsers.look(citizen, "citizen-asked-for-information");
        citizen.getByLabel("ردّك").fill("أرفقت صورة جديدة بخلفية بيضاء التُقطت اليوم");
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("أرسل الرد")).click();
        assertThat(citizen.locator(".timeline")).containsText("أرفقت صورة جديدة");
        citizen.context().close();

        // Back with the same officer, who approves; the reviewer drawn for the next step confirms.
        assertThat(Assignees.of(jdbc, reference)).isEqualTo(officerName);
        decide(officerName, reference, "الموافقة");
        assertThat(Assignees.of(jdbc, reference)).isEqualTo("reviewer1");
        decide("reviewer1", reference, "اعتماد");

        var back = signIn("1000000016");
        back.navigate(base() + "/applications/" + reference);
        assertThat(back.locator(".timeline .tag").last()).hasText("معتمدة");
        browsers.look(back, "citizen-approved-after-information");
        back.context().close();
    }

    @Test
    void aHeadReassignsACaseWithAReason() {
        var reference = passportCase("1000000008");
        var holder = Assignees.of(jdbc, reference);
        var other = holder.equals("officer1") ? "officer2" : "officer1";
        var head = signIn("head1");
        head.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("معاملات القسم")).click();
        assertThat(head.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("معاملات القسم"))).isVisible();
        browsers.look(head, "head-team");
        head.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
        var form = head.locator("#reassign");
        form.getByLabel("إعادة الإسناد إلى").selectOption(other);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("إعادة الإسناد")).click();
        assertThat(head.locator(".error-summary")).containsText("اكتب السبب");
        head.locator("#reassign").getByLabel("سبب إعادة الإسناد").fill("الموظف في إجازة مرضية حتى نهاية الأسبوع");
        head.locator("#reassign").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("إعادة الإسناد")).click();
        assertThat(head.locator(".banner--success")).containsText(reference);
        assertThat(head.locator(".assignments")).containsText("الموظف في إجازة مرضية حتى نهاية الأسبوع");
        browsers.look(head, "head-reassigned");
        head.context().close();
        assertThat(Assignees.of(jdbc, reference)).isEqualTo(other);
    }

    @Test
    void aCaseLeftTooLongIsEscalatedAndTheHeadSeesItLate() {
        var api = new ApiClient(port);
        var reference = api.post("/api/v1/applications", api.login("2000000006"), """
                        {"serviceCode":"driving-licence-renewal","fields":{"licenceKind":"private","renewalYears":"5",
                         "medicalCheckNumber":"5002611234","mobile":"0567778899"}}""",
                "Idempotency-Key", UUID.randomUUID().toString()).text("reference");
        clock.advance(Duration.ofHours(25));
        deadlines.escalateOverdue();

        var head = signIn("traffic-head");
        head.navigate(base() + "/staff/team?breached=true");
        var row = head.locator("tr").filter(new Locator.FilterOptions().setHasText(reference));
        assertThat(row).containsText("متأخرة");
        browsers.look(head, "head-late-cases");
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(reference)).click();
        assertThat(head.locator(".timeline")).containsText("تأخرت: رُفعت إلى رئيس القسم");
        head.navigate(base() + "/inbox");
        assertThat(head.locator("main")).containsText(reference);
        browsers.look(head, "head-inbox-escalation");
        head.context().close();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private Page signIn(String username) {
        return browsers.signedIn(port, username);
    }

    private void decide(String username, String reference, String button) {
        var page = signIn(username);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
        browsers.look(page, username + "-case");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
        assertThat(page.locator(".banner--success")).containsText(reference);
        page.context().close();
    }
}
