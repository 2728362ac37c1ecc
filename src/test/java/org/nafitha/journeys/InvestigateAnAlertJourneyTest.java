package org.nafitha.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * An officer looks up people who have no case with him; the inspector runs the rules, sees the
 * alert with its evidence, replays the trail of the person, and closes the alert with a finding.
 */
@NafithaTest
class InvestigateAnAlertJourneyTest {

    private static BrowserSupport browsers;

    @LocalServerPort
    int port;
    @Autowired
    AuditTrail audit;

    @BeforeAll
    static void launch() {
        browsers = BrowserSupport.start("investigate-an-alert");
    }

    @AfterAll
    static void close() {
        if (browsers != null) browsers.close();
    }

    @Test
    void inspectorInvestigatesLookUpsWithoutACaseAndClosesTheAlertWithAFinding() {
        for (var person : new String[]{"1000000057", "1000000065", "2000000014"}) {
            audit.recordAlone(new AuditEntry("officer2", "OFFICER", "person.lookup", person, null, null, "passports"));
        }
        var base = "http://localhost:" + port;
        var inspector = browsers.person("ar-SA").newPage();
        inspector.navigate(base + "/signin");
        inspector.getByLabel("رقم الهوية أو الإقامة").fill("inspector1");
        inspector.getByLabel("كلمة المرور").fill(ApiClient.DEMO_PASSWORD);
        inspector.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("دخول")).click();
        inspector.getByLabel("رمز التحقق").fill(new ApiClient(port).latestCode("inspector1"));
        inspector.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("تحقق")).click();

        inspector.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("الرقابة")).click();
        inspector.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("تشغيل القواعد الآن")).click();
        assertThat(inspector.locator(".banner--success")).containsText("تنبيهات جديدة");
        browsers.look(inspector, "alerts");

        inspector.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("officer2"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("استعلامات دون معاملة")).click();
        assertThat(inspector.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("استعلامات دون معاملة"))).isVisible();
        assertThat(inspector.locator("table")).containsText("1000000065");
        browsers.look(inspector, "alert-evidence");

        inspector.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("التحقيق في هذا التنبيه")).click();
        assertThat(inspector.locator(".summary-list")).containsText("قيد التحقيق");
        inspector.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("إغلاق بهذه النتيجة")).click();
        assertThat(inspector.locator(".field-error")).containsText("اكتب ما توصل إليه التحقيق");
        inspector.getByLabel("ما توصل إليه التحقيق").fill("استعلم الموظف عن جيرانه دون سبب؛ أُحيل إلى الشؤون القانونية");
        inspector.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("إغلاق بهذه النتيجة")).click();
        assertThat(inspector.locator(".summary-list")).containsText("مغلق");
        assertThat(inspector.locator(".summary-list")).containsText("الشؤون القانونية");
        browsers.look(inspector, "alert-closed");

        inspector.locator("table a", new Page.LocatorOptions().setHasText("1000000065")).first().click();
        assertThat(inspector.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("البحث في سجل التدقيق"))).isVisible();
        assertThat(inspector.locator("table")).containsText("person.lookup");
        browsers.look(inspector, "search-person");
    }
}
