package org.nafitha.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A municipality's field worker, on a phone, assesses a household in a home visit: the draft is
 * saved as she types, the connection drops and the page is lost, she signs in again later and
 * resumes with everything kept, completes and files it, and sees what the register of
 * beneficiaries made of each member — the wife already filed by Sin el Fil, which helped her
 * there: flagged on the decision, which she then takes.
 */
@NafithaTest
class FileAHouseholdAssessmentJourneyTest {

    private static BrowserSupport browsers;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() {
        browsers = BrowserSupport.start("file-a-household-assessment");
    }

    @AfterAll
    static void close() {
        if (browsers != null) browsers.close();
    }

    @Test
    void fieldWorkerLosesTheConnectionResumesHerDraftAndFilesTheHousehold() {
        var family = family();
        var mother = "وداد " + family();
        helpedInSinElFil("ليلى", "حنا", family, mother);

        var phone = new Browser.NewContextOptions().setLocale("ar-SA").setViewportSize(360, 740).setHasTouch(true).setIsMobile(true);
        var context = browsers.context(phone);
        var page = signIn(context.newPage());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("تقييم الأسر وتقارير النزوح"))).isVisible();
        browsers.look(page, "assessments");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ابدأ: تقييم وضع أسرة")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("تقييم وضع أسرة"))).isVisible();
        page.locator("#m0-firstName").fill("جورج");
        page.locator("#m0-fatherName").fill("إلياس");
        page.locator("#m0-familyName").fill(family);
        page.locator("#f-area").fill("حي الكنيسة");
        page.locator("#f-area").press("Tab");
        assertThat(page.locator("#autosave")).containsText("حُفظت المسودة");
        browsers.look(page, "draft-saved-as-typed");

        // In a basement, the connection drops; what she types now cannot reach the server, and the page is lost.
        context.setOffline(true);
        page.locator("#f-street").fill("شارع المدرسة");
        page.locator("#f-street").press("Tab");
        assertThat(page.locator("#autosave")).containsText("لم تُحفظ: لا اتصال");
        browsers.look(page, "offline-not-saved");
        page.close();
        context.close();

        var later = browsers.context(phone);
        page = signIn(later.newPage());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("تابع: تقييم وضع أسرة").setExact(false)).first().click();
        assertThat(page.locator("#m0-firstName")).hasValue("جورج");
        assertThat(page.locator("#m0-familyName")).hasValue(family);
        assertThat(page.locator("#f-area")).hasValue("حي الكنيسة");
        // what was typed offline never reached the server: the drop was real, and nothing before it was lost
        assertThat(page.locator("#f-street")).hasValue("");
        browsers.look(page, "draft-resumed");

        page.locator("label[for=m0-relation-head]").click();
        // a birth date of his own, so that no George Elias of another run resembles him
        page.locator("#m0-birthDate").fill(LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(12_000)).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("أضف فردًا")).click();
        page.locator("#m1-firstName").fill("ليلى");
        page.locator("#m1-fatherName").fill("حنا");
        page.locator("#m1-familyName").fill(family);
        page.locator("#m1-motherName").fill(mother);
        page.locator("#m1-birthYear").fill("١٩٦٥");
        page.locator("label[for=m1-relation-spouse]").click();
        page.locator("#f-householdSize").fill("٢");
        page.locator("label[for=f-needs-food]").click();
        // the health question is asked only once health is among the needs
        assertThat(page.locator("#f-healthDetails")).isHidden();
        page.locator("label[for=f-needs-health]").click();
        assertThat(page.locator("#f-healthDetails")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("قدّم التقييم")).click();

        // Not yet: the income and the health need are missing; all she typed is still there.
        assertThat(page.locator(".error-summary")).containsText("أجب عن هذا السؤال.");
        assertThat(page.locator("#m1-firstName")).hasValue("ليلى");
        browsers.look(page, "file-refused-at-fields");
        page.locator("#f-monthlyIncome").fill("١٥٠");
        page.locator("#f-healthDetails").fill("دواء ضغط للأب");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("قدّم التقييم")).click();

        assertThat(page.locator(".banner--success")).containsText("قُدّم التقييم");
        assertThat(page.locator("#member-0")).containsText("جديد في السجل");
        assertThat(page.locator("#member-1")).containsText("الشخص نفسه المسجّل لدى سن الفيل");
        assertThat(page.locator("#helped-elsewhere")).containsText("سن الفيل");
        browsers.look(page, "filed-with-deduplication");

        page.locator("label[for=aid-outcome-granted]").click();
        page.locator("#aid-kind").selectOption("CASH");
        page.locator("#aid-amount").fill("١٠٠");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("سجّل القرار")).click();
        assertThat(page.locator(".banner--success")).containsText("سُجّل القرار");
        assertThat(page.locator("#main")).containsText("مُنحت: نقدية");
        browsers.look(page, "aid-decided");
        later.close();
    }

    private Page signIn(Page page) {
        page.navigate("http://localhost:" + port + "/signin");
        page.getByLabel("رقم الهوية أو الإقامة").fill("municipality1");
        page.getByLabel("كلمة المرور").fill(ApiClient.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("دخول")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("أدخل رمز التحقق"))).isVisible();
        page.getByLabel("رمز التحقق").fill(new ApiClient(port).latestCode("municipality1"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("تحقق")).click();
        // she lands on her municipality's page, and goes to her assessments from there
        page.locator("#main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("تقييم الأسر")).click();
        return page;
    }

    /** Sin el Fil filed her household months ago and granted it food aid. */
    private void helpedInSinElFil(String first, String father, String family, String mother) {
        var api = new ApiClient(port);
        var token = api.login("municipality2");
        var filed = api.post("/api/v1/municipal/assessments", token, """
                {"form": "household-assessment", "answers": {"area": "حي مار تقلا", "householdSize": 1, "monthlyIncome": 0,
                  "needs": ["food"]},
                 "members": [{"firstName": "%s", "fatherName": "%s", "familyName": "%s", "motherName": "%s",
                              "birthYear": 1965, "relation": "head"}]}""".formatted(first, father, family, mother),
                "Idempotency-Key", UUID.randomUUID().toString());
        api.post("/api/v1/municipal/assessments/" + filed.text("id") + "/decision", token,
                "{\"outcome\": \"GRANTED\", \"kind\": \"FOOD\", \"amount\": 80}", "Idempotency-Key", UUID.randomUUID().toString());
    }

    private static String family() {
        var syllables = new String[]{"قر", "طا", "نو", "سي", "مر", "جا", "بو", "كي", "لا", "فو", "زي", "ها", "دو", "شا"};
        var r = ThreadLocalRandom.current();
        var name = new StringBuilder();
        for (int i = 0; i < 5; i++) name.append(syllables[r.nextInt(syllables.length)]);
        return name.toString();
    }
}
