package org.nafitha.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.TestImages;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.Media;

/**
 * A citizen who uses no mouse renews a passport with Tab, Shift+Tab, Enter and Space alone (and
 * typing into fields): from the service page through sign-in, for whom, the form with a mistake,
 * the check of the answers, to the reference. Every element reached shows where the focus is, and
 * the error summary takes the focus when the form is refused.
 */
@NafithaTest
class RenewPassportByKeyboardJourneyTest {

    /** What the focused element is, for finding it by Tab: id, name, its words, its label. */
    private static final String FOCUSED = """
            () => { const e = document.activeElement; if (!e || e === document.body) return '';
              const label = e.labels && e.labels.length ? e.labels[0].textContent.trim() : '';
              return [e.id, e.getAttribute('name') || '', (e.textContent || '').trim().slice(0, 60), label].join('|'); }""";

    /** Whether the focused element is visibly marked: an outline or a box shadow. */
    private static final String FOCUS_VISIBLE = """
            () => { const s = getComputedStyle(document.activeElement);
              return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none'; }""";

    private static BrowserSupport browsers;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() {
        browsers = BrowserSupport.start("renew-passport-by-keyboard");
    }

    @AfterAll
    static void close() {
        if (browsers != null) browsers.close();
    }

    @Test
    void citizenRenewsPassportWithTheKeyboardAlone() {
        var page = browsers.person("ar-SA").newPage();
        page.onFileChooser(chooser -> chooser.setFiles(new FilePayload("صورة.jpg", "image/jpeg", TestImages.portrait("jpg"))));
        page.navigate("http://localhost:" + port + "/services/passport-renewal");

        // The skip link is the first stop, and it shows.
        page.keyboard().press("Tab");
        assertThat(focused(page)).contains("تخطَّ إلى المحتوى الرئيسي");
        assertThat((Boolean) page.evaluate(FOCUS_VISIBLE)).isTrue();
        browsers.look(page, "skip-link");

        tabTo(page, "ابدأ الآن");
        page.keyboard().press("Enter");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("تسجيل الدخول"))).isVisible();
        tabTo(page, "username|");
        page.keyboard().type("١٠٠٠٠٠٠٠٠٨");
        tabTo(page, "password|");
        page.keyboard().type(ApiClient.DEMO_PASSWORD);
        page.keyboard().press("Enter");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("أدخل رمز التحقق"))).isVisible();
        tabTo(page, "code|");
        page.keyboard().type(new ApiClient(port).latestCode("1000000008"));
        page.keyboard().press("Enter");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("لمن تقدّم الطلب؟"))).isVisible();
        tabTo(page, "لنفسي");
        page.keyboard().press("Space");
        tabTo(page, "متابعة");
        browsers.look(page, "for-whom-by-keyboard");
        page.keyboard().press("Enter");

        // The form, first without the mobile number: the error summary takes the focus.
        assertThat(page.locator("[data-field=fullName]")).hasText("أحمد بن علي الزهراني");
        tabTo(page, "|validityYears|"); // a radio group is one Tab stop: the option it lands on will do
        page.keyboard().press("Space");
        assertThat(page.locator("input[name=validityYears]:checked")).hasCount(1);
        tabTo(page, "الصورة الشخصية");
        page.keyboard().press("Space"); // opens the file chooser, answered above
        tabTo(page, "متابعة");
        page.keyboard().press("Enter");
        assertThat(page.locator(".error-summary")).containsText("هذا الحقل مطلوب");
        assertThat(page.locator(".error-summary")).isFocused();
        browsers.look(page, "errors-by-keyboard");

        // From the summary's link straight to the field.
        page.keyboard().press("Tab");
        assertThat(focused(page)).contains("هذا الحقل مطلوب");
        page.keyboard().press("Enter");
        assertThat(page.getByLabel("رقم الجوال للتواصل")).isFocused();
        page.keyboard().type("٠٥٠١٢٣٤٥٦٧");
        tabTo(page, "متابعة");
        page.keyboard().press("Enter");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("راجع إجاباتك"))).isVisible();
        tabTo(page, "أقر وأرسل الطلب");
        browsers.look(page, "check-answers-by-keyboard");
        page.keyboard().press("Enter");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("تم استلام طلبك"))).isVisible();
        var reference = page.locator(".reference").textContent().strip();
        assertThat(reference).matches("PSP-\\d{4}-\\d{6}-\\d");
        browsers.look(page, "confirmation-by-keyboard");

        // Printed, the confirmation keeps the reference and drops the menu, buttons and footer.
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator(".reference")).isVisible();
        assertThat(page.locator(".masthead__nav")).isHidden();
        assertThat(page.locator("footer")).isHidden();
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", "renew-passport-by-keyboard", "confirmation-printed.png")));
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

        // My account, reached from the menu, lists the new application with its status in words.
        tabTo(page, "حسابي");
        page.keyboard().press("Enter");
        var listed = page.locator(".dashboard__list li").filter(new Locator.FilterOptions().setHasText(reference));
        assertThat(listed).containsText("تجديد جواز السفر");
        assertThat(listed.locator(".tag")).hasText("قيد الدراسة");
        browsers.look(page, "my-account-by-keyboard");
        page.context().close();
    }

    private static String focused(Page page) {
        return (String) page.evaluate(FOCUSED);
    }

    /** Tab until the focused element's id, name, words or label contain the text; every stop shows its focus. */
    private static void tabTo(Page page, String text) {
        page.bringToFront(); // the window has the focus (axe may have taken it), as a person's browser would
        for (int i = 0; i < 80; i++) {
            page.keyboard().press("Tab");
            var now = focused(page);
            if (!now.isEmpty()) {
                assertThat((Boolean) page.evaluate(FOCUS_VISIBLE)).as("focus visible on " + now).isTrue();
            }
            if (now.contains(text)) return;
        }
        throw new AssertionError("Tab never reached \"" + text + "\" on " + page.url());
    }
}
