package org.nafitha.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.municipal.Registrants;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Baabda and Sin el Fil each file a man with nearly the same name through the municipal API; the
 * matcher cannot decide, so the pair waits in municipal affairs' review; two of its staff, each in
 * their own browser, agree he is one person and the pair is resolved.
 */
@NafithaTest
class ResolveADuplicateAcrossMunicipalitiesJourneyTest {

    private static BrowserSupport browsers;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() {
        browsers = BrowserSupport.start("resolve-a-duplicate-across-municipalities");
    }

    @AfterAll
    static void close() {
        if (browsers != null) browsers.close();
    }

    @Test
    void twoReviewersAgreeThatTwoMunicipalitiesFiledOnePerson() {
        var api = new ApiClient(port);
        var family = Registrants.family();
        api.post("/api/v1/municipal/beneficiaries", api.login("municipality1"),
                "{\"firstName\":\"غسان\",\"fatherName\":\"نبيل\",\"grandfatherName\":\"فؤاد\",\"familyName\":\"" + family
                        + "\",\"motherName\":\"سعاد حداد\",\"birthDate\":\"1966-02-02\",\"birthPlace\":\"عاليه\","
                        + "\"municipality\":\"ML-BAABDA-BAABDA\"}", "Idempotency-Key", UUID.randomUUID().toString());
        var filed = api.post("/api/v1/municipal/beneficiaries", api.login("municipality2"),
                "{\"firstName\":\"غسان\",\"fatherName\":\"نبيل\",\"familyName\":\"" + family + "\",\"birthYear\":\"1970\","
                        + "\"birthPlace\":\"عاليه\",\"municipality\":\"ML-MATN-SIN-EL-FIL\"}",
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(filed.body().path("matches").path(0).path("decision").asString()).isEqualTo("REVIEW");
        var pair = "#pair-" + filed.text("id");

        var first = browsers.signedIn(port, "municipal-affairs1");
        assertThat(first.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("تكرارات محتملة للتدقيق")))
                .isVisible();
        assertThat(first.locator(pair)).containsText(family);
        assertThat(first.locator(pair)).containsText("سن الفيل");
        assertThat(first.locator(pair)).containsText("بعبدا");
        first.locator(pair).scrollIntoViewIfNeeded();
        browsers.look(first, "pair-side-by-side");
        first.locator(pair).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("شخص واحد")).click();
        assertThat(first.locator(".banner--success")).containsText("يلزم أن يوافقك مدقق ثانٍ");
        assertThat(first.locator(pair)).containsText("municipal-affairs1:SAME");
        browsers.look(first, "first-vote");

        var second = browsers.signedIn(port, "municipal-affairs2");
        second.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("تكرارات محتملة")).click();
        assertThat(second.locator(pair)).containsText("municipal-affairs1:SAME");
        second.locator(pair).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("شخص واحد")).click();
        assertThat(second.locator(".banner--success")).containsText("حُسم: شخص واحد");
        assertThat(second.locator(pair)).hasCount(0);
        browsers.look(second, "resolved");
    }
}
