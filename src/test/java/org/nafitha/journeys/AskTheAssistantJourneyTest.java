package org.nafitha.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * People ask the assistant in their own words: on the home page in Levantine Arabic and in English,
 * a question the catalogue does not answer (the written channel and the hotline), and on the kiosk
 * in both languages after the card and the code — each page looked at with axe.
 */
@NafithaTest
class AskTheAssistantJourneyTest {

    private static BrowserSupport browsers;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() {
        browsers = BrowserSupport.start("ask-the-assistant");
    }

    @AfterAll
    static void close() {
        if (browsers != null) browsers.close();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private void ask(Page page, String label, String button, String question) {
        page.getByLabel(label).fill(question);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    @Test
    void onTheHomePageInArabicAndEnglish() {
        var page = browsers.person("ar-SA").newPage();
        page.navigate(base() + "/");
        browsers.look(page, "home-ar");
        ask(page, "سؤالك", "اسأل", "بدي جدد الاقامة تبعي");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("تجديد الإقامة").setExact(true))).isVisible();
        assertThat(page.getByText("من دليل الخدمات: «تجديد الإقامة»")).isVisible();
        browsers.look(page, "answer-ar");

        ask(page, "سؤالك", "اسأل", "كم سعر الذهب اليوم");
        assertThat(page.getByText("لم نجد في دليل الخدمات")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("راسلنا كتابيًا"))).isVisible();
        browsers.look(page, "not-found-ar");

        var english = browsers.person("en-GB").newPage();
        english.navigate(base() + "/?lang=en");
        ask(english, "Your question", "Ask", "I lost my passport at the airport");
        assertThat(english.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Replacement of a lost passport").setExact(true))).isVisible();
        assertThat(english.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start now")).first()).isVisible();
        browsers.look(english, "answer-en");

        english.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start now")).first().click();
        assertThat(english.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("lost passport");
    }

    @Test
    void onTheKioskInBothLanguages() {
        var page = browsers.context(new Browser.NewContextOptions().setLocale("ar-SA").setViewportSize(1280, 900)).newPage();
        page.navigate(base() + "/kiosk");
        page.getByLabel("رقم بطاقة الهوية").fill("2000000006");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("متابعة")).click();
        page.getByLabel("رمز التحقق").fill(new ApiClient(port).latestCode("2000000006"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("تحقق")).click();

        ask(page, "سؤالك", "اسأل", "ابي اطلع خروج وعودة");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("تأشيرة خروج وعودة").setExact(true))).isVisible();
        browsers.look(page, "kiosk-answer-ar");

        page.navigate(base() + "/kiosk/assistant?lang=en");
        ask(page, "Your question", "Ask", "my iqama expires next week");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Residence permit renewal").setExact(true))).isVisible();
        browsers.look(page, "kiosk-answer-en");
        // a language chosen at the kiosk is the person's for every channel: back to his Arabic
        page.navigate(base() + "/kiosk/home?lang=ar");
        page.context().close();
    }
}
