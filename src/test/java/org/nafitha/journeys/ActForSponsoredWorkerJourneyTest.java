package org.nafitha.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The sponsoring company's representative renews a sponsored worker's residence permit under a
 * mandate; the worker sees it in his own account; the company's owner revokes the mandate and
 * the representative's next attempt is refused.
 */
@NafithaTest
class ActForSponsoredWorkerJourneyTest {

    private static BrowserSupport browsers;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    /** The owner removed Ahmed as the company's representative; other tests act through him. */
    @AfterEach
    void restoreTheRepresentative() {
        jdbc.sql("UPDATE company_representatives SET removed_at = NULL WHERE national_id = '1000000008'").update();
    }

    @BeforeAll
    static void launch() {
        browsers = BrowserSupport.start("act-for-sponsored-worker");
    }

    @AfterAll
    static void close() {
        if (browsers != null) browsers.close();
    }

    private Page signIn(String username) {
        var page = browsers.person("ar-SA").newPage();
        page.navigate("http://localhost:" + port + "/signin");
        page.getByLabel("رقم الهوية أو الإقامة").fill(username);
        page.getByLabel("كلمة المرور").fill(ApiClient.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("دخول")).click();
        page.getByLabel("رمز التحقق").fill(new ApiClient(port).latestCode(username));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("تحقق")).click();
        return page;
    }

    @Test
    void representativeRenewsWorkersResidenceWorkerSeesItOwnerRevokesAndTheNextAttemptIsRefused() {
        var base = "http://localhost:" + port;
        var representative = signIn("1000000008");
        representative.navigate(base + "/services/residence-renewal");
        representative.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ابدأ الآن")).click();
        assertThat(representative.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("لمن تقدّم الطلب؟"))).isVisible();
        browsers.look(representative, "for-whom");
        representative.getByLabel("محمد عبد الرحيم خان").check();
        representative.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("متابعة")).click();

        assertThat(representative.locator("main .banner")).containsText("نيابة عن: محمد عبد الرحيم خان");
        assertThat(representative.locator("[data-field=fullName]")).hasText("محمد عبد الرحيم خان");
        browsers.look(representative, "form-on-behalf");
        representative.getByLabel("سنتان").check();
        representative.getByLabel("رقم جوال للتواصل").fill("0567778899");
        representative.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("متابعة")).click();
        browsers.look(representative, "check-answers");
        representative.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("أقر وأرسل الطلب")).click();
        var reference = representative.locator(".reference").textContent().strip();
        assertThat(reference).matches("RES-\\d{4}-\\d{6}-\\d");

        var worker = signIn("2000000006");
        assertThat(worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference))).isVisible();
        worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
        assertThat(worker.locator(".timeline")).containsText("المفوَّض عن مقدم الطلب");
        browsers.look(worker, "worker-sees-his-case");

        var owner = signIn("1000000016");
        owner.navigate(base + "/mandates");
        browsers.look(owner, "owner-mandates");
        owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("إزالة أحمد بن علي الزهراني من ممثلي المنشأة")).click();
        assertThat(owner.locator(".banner--success")).containsText("أُلغي التفويض");
        browsers.look(owner, "mandate-revoked");

        // The representative's session was open all along: the revocation applies at once.
        representative.navigate(base + "/services/residence-renewal/apply?for=2000000006");
        assertThat(representative.locator(".error-summary")).containsText("أُلغي التفويض عن هذا الشخص");
        browsers.look(representative, "refused-after-revocation");
        var afterwards = representative.navigate(base + "/applications/" + reference);
        assertThat(afterwards.status()).isEqualTo(404);
    }
}
