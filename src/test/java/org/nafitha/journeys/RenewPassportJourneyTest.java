package org.nafitha.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.Assignees;
import org.nafitha.NafithaTest;
import org.nafitha.TestImages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

/**
 * A citizen renews a passport in Arabic; an officer approves; a second person reviews and
 * confirms; the citizen sees "approved" in the timeline.
 */
@NafithaTest
class RenewPassportJourneyTest {

    private static BrowserSupport browsers;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void launch() {
        browsers = BrowserSupport.start("renew-passport");
    }

    @AfterAll
    static void close() {
        if (browsers != null) browsers.close();
    }

    @Test
    void citizenRenewsPassportOfficerApprovesReviewerConfirmsCitizenSeesApproved() {
        var base = "http://localhost:" + port;
        var citizen = browsers.person("ar-SA").newPage();

        // English second: the same pages left to right, then back to Arabic for the journey.
        citizen.navigate(base + "/?lang=en");
        assertThat(citizen.locator("html")).hasAttribute("dir", "ltr");
        assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Online services"))).isVisible();
        browsers.look(citizen, "home-english");
        citizen.navigate(base + "/services/passport-renewal");
        assertThat(citizen.locator("main")).containsText("Passport renewal");
        browsers.look(citizen, "service-guidance-english");
        // the language menu opens without script and names each language in its own script
        citizen.locator(".language-menu summary").click();
        citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("العربية")).click();
        citizen.navigate(base + "/");
        assertThat(citizen.locator("html")).hasAttribute("dir", "rtl");
        browsers.look(citizen, "home");
        citizen.getByLabel("ابحث عن خدمة").fill("جواز");
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("بحث")).click();
        citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("تجديد جواز السفر")).click();
        assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("تجديد جواز السفر"))).isVisible();
        assertThat(citizen.locator("main")).containsText("٣٠٠");
        browsers.look(citizen, "service-guidance");

        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ابدأ الآن")).click();
        browsers.look(citizen, "sign-in");
        citizen.getByLabel("رقم الهوية أو الإقامة").fill("١٠٠٠٠٠٠٠٠٨");
        citizen.getByLabel("كلمة المرور").fill("Nafitha-demo-1");
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("دخول")).click();
        enterCode(citizen, "1000000008");

        // Ahmed is also guardian of his daughter: he is asked for whom he applies.
        assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("لمن تقدّم الطلب؟"))).isVisible();
        browsers.look(citizen, "for-whom");
        citizen.getByLabel("لنفسي").check();
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("متابعة")).click();

        // Once only: what the civil register holds is shown, not asked.
        assertThat(citizen.locator("[data-field=fullName]")).hasText("أحمد بن علي الزهراني");
        assertThat(citizen.locator("[data-field=currentPassportNumber]")).hasText("R38291746");
        assertThat(citizen.locator("input[name=fullName]")).hasCount(0);
        browsers.look(citizen, "form");

        // First attempt with mistakes: a missing mobile and an ID failing its check digit.
        citizen.getByLabel("عشر سنوات").check();
        citizen.getByLabel("رقم هوية قريب للتواصل عند الطوارئ").fill("1000000009");
        citizen.getByLabel("ملاحظات لموظف الجوازات").fill("<script>alert('x')</script> أرجو الاستعجال");
        citizen.getByLabel("الصورة الشخصية").setInputFiles(
                new FilePayload("صورة.jpg", "image/jpeg", TestImages.portrait("jpg")));
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("متابعة")).click();
        assertThat(citizen.locator(".error-summary")).containsText("هذا الحقل مطلوب");
        assertThat(citizen.locator(".error-summary")).containsText("رقم الهوية غير صحيح");
        assertThat(citizen.getByLabel("ملاحظات لموظف الجوازات")).hasValue("<script>alert('x')</script> أرجو الاستعجال");
        assertThat(citizen.getByLabel("عشر سنوات")).isChecked();
        assertThat(citizen.locator(".upload-kept")).containsText("صورة.jpg");
        browsers.look(citizen, "form-with-errors");

        citizen.getByLabel("رقم الجوال للتواصل").fill("٠٥٠١٢٣٤٥٦٧");
        citizen.getByLabel("رقم هوية قريب للتواصل عند الطوارئ").fill("١٠٠٠٠٠٠٠١٦");
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("متابعة")).click();

        assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("راجع إجاباتك"))).isVisible();
        assertThat(citizen.locator("main")).containsText("<script>alert('x')</script>");
        assertThat(citizen.locator("main")).containsText("+966501234567");
        browsers.look(citizen, "check-answers");
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("أقر وأرسل الطلب")).click();

        assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("تم استلام طلبك"))).isVisible();
        var reference = citizen.locator(".reference").textContent().strip();
        assertThat(reference).matches("PSP-\\d{4}-\\d{6}-\\d");
        browsers.look(citizen, "confirmation");

        decide(Assignees.of(jdbc, reference), reference, "الموافقة", "officer");
        decide("reviewer1", reference, "اعتماد", "reviewer");

        citizen.navigate(base + "/applications");
        browsers.look(citizen, "my-applications");
        citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
        assertThat(citizen.locator(".timeline")).containsText("اعتماد المدقق");
        assertThat(citizen.locator(".timeline .tag").last()).hasText("معتمدة");
        assertThat(citizen.locator(".timeline time").first()).containsText("هـ");
        browsers.look(citizen, "timeline-approved");

        // Every step reached the citizen's inbox through the event publication registry.
        var inboxLink = citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                Pattern.compile("^الإشعارات \\(.+ جديدة\\)$")));
        inboxLink.click();
        assertThat(citizen.locator(".inbox")).containsText("اعتُمد طلب تجديد جواز السفر");
        assertThat(citizen.locator(".inbox")).containsText(reference);
        browsers.look(citizen, "inbox");

        // Who looked at my file: the officer's and the reviewer's reads, with role and department.
        citizen.navigate("http://localhost:" + port + "/account/access");
        var firstLook = citizen.locator("tbody tr").filter(new Locator.FilterOptions()
                .setHasText(reference)).first();
        assertThat(firstLook).containsText("الجوازات");
        assertThat(citizen.locator("tbody")).containsText("الموظف المختص");
        assertThat(citizen.locator("tbody")).containsText("المدقق");
        browsers.look(citizen, "who-looked-at-my-file");
        firstLook.getByLabel("سؤالك عن هذا الاطلاع").fill("لماذا اطُّلع على صورتي مرتين؟");
        firstLook.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("اسأل جهة الرقابة")).click();
        assertThat(citizen.locator(".banner--success")).containsText("أُرسل سؤالك");
    }

    @Test
    void aFileTooLargeForTheServerGetsAPlainAnswerInArabic() {
        var citizen = browsers.person("ar-SA").newPage();
        citizen.navigate("http://localhost:" + port + "/signin");
        citizen.getByLabel("رقم الهوية أو الإقامة").fill("2000000006");
        citizen.getByLabel("كلمة المرور").fill("Nafitha-demo-1");
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("دخول")).click();
        enterCode(citizen, "2000000006");
        citizen.navigate("http://localhost:" + port + "/services/passport-renewal/apply");
        citizen.getByLabel("الصورة الشخصية").setInputFiles(
                new FilePayload("كبيرة.png", "image/png", TestImages.oversizedPng(13 * 1024 * 1024)));
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("متابعة")).click();
        assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("ما أرسلته أكبر من المسموح"))).isVisible();
        browsers.look(citizen, "upload-too-large");
        citizen.context().close();
    }

    /** The SMS code step: the code is read from the dev outbox, where the demo profile keeps SMS. */
    private void enterCode(Page page, String account) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("أدخل رمز التحقق"))).isVisible();
        if (account.equals("1000000008")) browsers.look(page, "sign-in-code");
        page.getByLabel("رمز التحقق").fill(new ApiClient(port).latestCode(account));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("تحقق")).click();
    }

    private void decide(String username, String reference, String button, String who) {
        var page = browsers.person("ar-SA").newPage();
        page.navigate("http://localhost:" + port + "/signin");
        page.getByLabel("رقم الهوية أو الإقامة").fill(username);
        page.getByLabel("كلمة المرور").fill("Nafitha-demo-1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("دخول")).click();
        enterCode(page, username);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("المعاملات بانتظارك"))).isVisible();
        browsers.look(page, who + "-queue");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
        var photo = page.locator("img.document__image");
        assertThat(photo).isVisible();
        assertThat((Boolean) photo.evaluate("img => img.complete && img.naturalWidth > 0")).isTrue();
        browsers.look(page, who + "-case");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
        assertThat(page.locator(".banner--success")).containsText(reference);
        page.context().close();
    }
}
