package org.nafitha.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.notifications.internal.Preferences;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A resident chooses to be told in English and by e-mail; the administrator previews a template
 * with its SMS length and looks at the messages that could not be delivered.
 */
@NafithaTest
class ChooseHowToBeNotifiedJourneyTest {

    private static BrowserSupport browsers;

    @LocalServerPort
    int port;
    @Autowired
    Preferences preferences;

    @BeforeAll
    static void launch() {
        browsers = BrowserSupport.start("choose-how-to-be-notified");
    }

    @AfterAll
    static void close() {
        if (browsers != null) browsers.close();
    }

    @AfterEach
    void restore() {
        preferences.save("2000000006", Preferences.Preference.DEFAULT, Instant.now());
    }

    @Test
    void residentChoosesEnglishByEmailAndTheAdminPreviewsATemplate() {
        var resident = signIn("2000000006");
        resident.navigate(base() + "/inbox");
        resident.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("طريقة إشعاري")).click();
        assertThat(resident.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("إشعاراتي"))).isVisible();
        browsers.look(resident, "preferences");

        // each language is named in its own script, so a reader finds theirs whatever the page's language
        resident.getByLabel("English").check();
        resident.getByLabel("بريد إلكتروني", new Page.GetByLabelOptions().setExact(true)).check();
        resident.getByLabel("البريد الإلكتروني", new Page.GetByLabelOptions().setExact(true)).fill("mohammed.khan");
        resident.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("حفظ")).click();
        assertThat(resident.locator(".error-summary")).containsText("أدخل بريدًا إلكترونيًا صحيحًا");
        browsers.look(resident, "preferences-refused");

        resident.getByLabel("البريد الإلكتروني", new Page.GetByLabelOptions().setExact(true)).fill("mohammed.khan@example.sa");
        resident.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("حفظ")).click();
        // one language for every channel: the pages now speak the English she chose for her messages
        assertThat(resident.locator("html")).hasAttribute("lang", "en");
        assertThat(resident.locator(".banner--success")).containsText("Your choices were saved");
        browsers.look(resident, "preferences-saved");
        resident.context().close();

        var admin = signIn("admin");
        admin.navigate(base() + "/admin/notifications/templates");
        assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("قوالب الإشعارات"))).isVisible();
        browsers.look(admin, "templates");
        admin.navigate(base() + "/admin/notifications/templates/case-needs-information/ar/sms");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("معاينة")).click();
        assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("معاينة بقيم تجريبية"))).isVisible();
        assertThat(admin.locator("main")).containsText("يونيكود UCS-2");
        browsers.look(admin, "template-preview");
        admin.navigate(base() + "/admin/notifications/failed");
        browsers.look(admin, "failed-messages");
        admin.context().close();
    }

    private Page signIn(String username) {
        var page = browsers.person("ar-SA").newPage();
        page.navigate(base() + "/signin");
        page.getByLabel("رقم الهوية أو الإقامة").fill(username);
        page.getByLabel("كلمة المرور").fill(ApiClient.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("دخول")).click();
        page.getByLabel("رمز التحقق").fill(new ApiClient(port).latestCode(username));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("تحقق")).click();
        page.waitForURL(url -> !url.contains("/signin"));
        return page;
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
