package org.nafitha.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.country.ArabicDigits;
import org.nafitha.municipal.Registrants;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;

/**
 * A mukhtar registers on the public page with the decree of his appointment, proves his mobile
 * with the SMS code; one member of municipal affairs proposes him verified, a second confirms it
 * with the decree beside the form; then the mukhtar signs in and lands on his municipality's page.
 */
@NafithaTest
class RegisterAMukhtarJourneyTest {

    private static BrowserSupport browsers;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() {
        browsers = BrowserSupport.start("register-a-mukhtar");
    }

    @AfterAll
    static void close() {
        if (browsers != null) browsers.close();
    }

    @Test
    void aMukhtarRegistersWithHisDecreeTwoPeopleOfMunicipalAffairsVerifyHimAndHeSignsIn() {
        var base = "http://localhost:" + port;
        var api = new ApiClient(port);
        var username = "mukhtar.kfarshima." + Registrants.suffix();
        var name = "جوزيف أنطوان " + Registrants.family();
        var mobile = Registrants.mobile();
        var decree = new FilePayload("قرار-تعيين-مختار.pdf", "application/pdf", Registrants.decree());

        var mukhtar = browsers.person("ar-SA").newPage();
        mukhtar.navigate(base + "/signin");
        mukhtar.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("البلديات والمخاتير: التسجيل")).click();
        assertThat(heading(mukhtar, "تسجيل مسؤول بلدية أو مختار")).isVisible();
        browsers.look(mukhtar, "register");

        mukhtar.getByLabel("البلدية", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("كفرشيما"));
        mukhtar.getByLabel("مختار", new Page.GetByLabelOptions().setExact(true)).check();
        mukhtar.getByLabel("المنصب").fill("مختار كفرشيما");
        mukhtar.getByLabel("الاسم الكامل").fill(name);
        mukhtar.getByLabel("رقم الهوية", new Page.GetByLabelOptions().setExact(true)).fill(ArabicDigits.toArabicIndic(Registrants.nationalId()));
        mukhtar.getByLabel("رقم الجوال").fill(ArabicDigits.toArabicIndic(mobile));
        mukhtar.getByLabel("اسم المستخدم").fill(username);
        mukhtar.getByLabel("كلمة المرور").fill("123");
        mukhtar.getByLabel("قرار التعيين أو المرسوم").setInputFiles(decree);
        mukhtar.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("سجّل")).click();

        // A weak password: said at the field, the rest kept, the file to be chosen again.
        assertThat(mukhtar.locator("#password-error")).containsText("اختر كلمة مرور أقوى");
        assertThat(mukhtar.getByLabel("الاسم الكامل")).hasValue(name);
        assertThat(mukhtar.locator("#decree-again")).containsText("اختره مرة أخرى");
        browsers.look(mukhtar, "register-refused");
        mukhtar.getByLabel("كلمة المرور").fill(Registrants.PASSWORD);
        mukhtar.getByLabel("قرار التعيين أو المرسوم").setInputFiles(decree);
        mukhtar.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("سجّل")).click();

        assertThat(heading(mukhtar, "أدخل رمز التحقق")).isVisible();
        browsers.look(mukhtar, "register-code");
        mukhtar.getByLabel("رمز التحقق").fill(ArabicDigits.toArabicIndic(api.latestCode(mobile)));
        mukhtar.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("تحقق")).click();
        assertThat(heading(mukhtar, "بانتظار التوثيق")).isVisible();
        browsers.look(mukhtar, "register-waiting");

        // The first member of municipal affairs ticks the registration and proposes it verified.
        var first = browsers.signedIn(port, "municipal-affairs1");
        first.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("تسجيلات للتوثيق")).click();
        first.getByLabel("البلدية أو القضاء").selectOption("ML-BAABDA-KFARSHIMA");
        first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("اعرض")).click();
        browsers.look(first, "queue");
        first.getByLabel("اختر تسجيل " + name).check();
        first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("اقترح توثيق المختارة")).click();
        assertThat(first.locator(".banner--success")).containsText("اقتُرح توثيقها");
        assertThat(first.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(name)))
                .containsText("اقترحه ندى فؤاد شهاب");
        browsers.look(first, "proposed");

        // A second, different member opens it, reads the decree beside the form, and confirms.
        var second = browsers.signedIn(port, "municipal-affairs2");
        second.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("تسجيلات للتوثيق")).click();
        second.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).first().click();
        assertThat(heading(second, "تسجيل " + name)).isVisible();
        var page1 = second.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("الصفحة ١ من قرار " + name));
        assertThat(page1).isVisible();
        assertThat((Boolean) page1.evaluate("img => img.decode().then(() => img.naturalWidth > 0, () => false)")).as("the decree is shown").isTrue();
        browsers.look(second, "decree-beside-the-form");
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("أكّد وافتح الحساب")).click();
        assertThat(second.locator(".banner--success")).containsText("فُتح الحساب");
        browsers.look(second, "verified");

        // The mukhtar signs in, as the municipalities' staff do, and lands on his municipality's page.
        mukhtar.navigate(base + "/signin");
        mukhtar.getByLabel("رقم الهوية أو الإقامة").fill(username);
        mukhtar.getByLabel("كلمة المرور").fill(Registrants.PASSWORD);
        mukhtar.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("دخول")).click();
        mukhtar.getByLabel("رمز التحقق").fill(api.latestCode(username));
        mukhtar.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("تحقق")).click();
        assertThat(heading(mukhtar, "بلدية كفرشيما")).isVisible();
        assertThat(mukhtar.locator(".masthead")).containsText(name);
        browsers.look(mukhtar, "signed-in");
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
    }
}
