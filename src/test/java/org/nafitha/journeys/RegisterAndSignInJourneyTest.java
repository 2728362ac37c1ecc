package org.nafitha.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** A resident of the register creates an account, proves the mobile by SMS code, and signs in. */
@NafithaTest
class RegisterAndSignInJourneyTest {

    private static BrowserSupport browsers;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() {
        browsers = BrowserSupport.start("register-and-sign-in");
    }

    @AfterAll
    static void close() {
        if (browsers != null) browsers.close();
    }

    @Test
    void citizenRegistersWithTheCodeFromHisPhoneAndSignsIn() {
        var base = "http://localhost:" + port;
        var api = new ApiClient(port);
        var page = browsers.person("ar-SA").newPage();
        page.navigate(base + "/signin");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("إنشاء حساب")).click();
        browsers.look(page, "register");

        page.getByLabel("رقم الهوية أو الإقامة").fill("١٠٠٠٠٠٠٠٥٧");
        page.getByLabel("تاريخ الميلاد").fill("1990-05-17");
        page.getByLabel("رقم الجوال").fill("٠٥٣٣٣٣٤٤٤٤");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("متابعة")).click();

        browsers.look(page, "register-code");
        page.getByLabel("رمز التحقق").fill(api.latestCode("+966533334444"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("تحقق")).click();

        page.getByLabel("كلمة المرور", new Page.GetByLabelOptions().setExact(true)).fill("qwerty123");
        page.getByLabel("أعد كتابة كلمة المرور").fill("qwerty123");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("أنشئ حسابي")).click();
        assertThat(page.locator(".error-summary")).containsText("قصيرة");
        browsers.look(page, "register-password-refused");

        var password = "نخلة الوادي تثمر 2026";
        page.getByLabel("كلمة المرور", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByLabel("أعد كتابة كلمة المرور").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("أنشئ حسابي")).click();
        assertThat(page.locator(".banner--success")).containsText("أُنشئ حسابك");
        browsers.look(page, "registered");

        page.getByLabel("رقم الهوية أو الإقامة").fill("1000000057");
        page.getByLabel("كلمة المرور").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("دخول")).click();
        page.getByLabel("رمز التحقق").fill(api.latestCode("1000000057"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("تحقق")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("طلباتي"))).isVisible();
        assertThat(page.locator(".masthead")).containsText("خالد بن سعيد الغامدي");
        browsers.look(page, "signed-in");
    }
}
