package org.nafitha.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.Assignees;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

/**
 * A citizen whose certificate was issued says how satisfied she is; the police department's head
 * filters the performance dashboard and opens the late cases; anyone reads the public performance
 * and status pages, in Arabic and in English.
 */
@NafithaTest
class RateAServiceAndReadItsPerformanceJourneyTest {

    private static BrowserSupport browsers;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void launch() {
        browsers = BrowserSupport.start("rate-a-service-and-read-its-performance");
    }

    @AfterAll
    static void close() {
        if (browsers != null) browsers.close();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** A good conduct certificate applied for by Noura and approved with four eyes. */
    private String approvedCase() {
        var api = new ApiClient(port);
        var noura = api.login("1000000016");
        var reference = api.post("/api/v1/applications", noura, """
                {"serviceCode":"good-conduct-certificate","fields":{"purpose":"work","addressedTo":"شركة الاتصالات السعودية",\
                "language":"ar","mobile":"0551112233"}}""", "Idempotency-Key", UUID.randomUUID().toString()).text("reference");
        api.post("/api/v1/staff/cases/" + reference + "/decisions", api.login(Assignees.of(jdbc, reference)), "{\"action\":\"approve\"}");
        api.post("/api/v1/staff/cases/" + reference + "/decisions", api.login("police-head"), "{\"action\":\"confirm\"}");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                api.get("/api/v1/applications/" + reference + "/satisfaction", noura).body().path("asked").asBoolean());
        return reference;
    }

    @Test
    void aCitizenRatesHerCompletedCaseAndTheHeadFiltersTheDashboard() {
        var reference = approvedCase();
        var noura = browsers.signedIn(port, "1000000016");
        noura.navigate(base() + "/inbox");
        assertThat(noura.locator("main")).containsText("أخبرنا بمدى رضاك عن الخدمة");
        browsers.look(noura, "inbox-asks");
        noura.navigate(base() + "/applications/" + reference);
        noura.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("أجب عن سؤال واحد عن تجربتك مع هذه المعاملة")).click();
        assertThat(noura.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("ما مدى رضاك عن الخدمة؟"))).isVisible();
        browsers.look(noura, "question");
        noura.getByLabel("ملاحظاتك (اختياري)").fill("<b>سريعة</b> لكن تمنيت رسالة عند الاعتماد");
        noura.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("أرسل إجابتك")).click();
        assertThat(noura.locator(".error-summary")).containsText("اختر درجة رضاك من ١ إلى ٥");
        assertThat(noura.getByLabel("ملاحظاتك (اختياري)")).hasValue("<b>سريعة</b> لكن تمنيت رسالة عند الاعتماد");
        browsers.look(noura, "question-refused");
        noura.getByLabel("راضٍ", new Page.GetByLabelOptions().setExact(true)).check();
        noura.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("أرسل إجابتك")).click();
        assertThat(noura.locator(".banner")).containsText("شكرًا لك");
        browsers.look(noura, "thanked");
        noura.context().close();

        var head = browsers.signedIn(port, "police-head");
        head.navigate(base() + "/staff/analytics");
        assertThat(head.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("أداء الخدمات"))).isVisible();
        browsers.look(head, "dashboard");
        head.getByLabel("الخدمة").selectOption(new SelectOption().setValue("good-conduct-certificate"));
        head.getByLabel("قناة التقديم").selectOption(new SelectOption().setValue("ONLINE"));
        head.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("اعرض")).click();
        assertThat(head.getByLabel("الخدمة")).hasValue("good-conduct-certificate");
        // The charts' figures are read from the tables beside them.
        assertThat(head.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("الطلبات حسب قناة التقديم")))
                .containsText("إلكترونيًا");
        browsers.look(head, "dashboard-filtered");
        head.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("المعاملات المتأخرة")).click();
        assertThat(head.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("المعاملات المتأخرة"))).isVisible();
        browsers.look(head, "late-cases");
        head.context().close();
    }

    @Test
    void anyoneReadsThePerformanceAndStatusPagesInBothLanguages() {
        var visitor = browsers.person("ar-SA").newPage();
        for (var lang : new String[]{"ar", "en"}) {
            visitor.navigate(base() + "/performance?lang=" + lang + "&service=good-conduct-certificate");
            assertThat(visitor.locator("h1")).hasText(lang.equals("ar") ? "أداء خدماتنا" : "How our services perform");
            browsers.look(visitor, "performance-" + lang);
            visitor.navigate(base() + "/status?lang=" + lang);
            assertThat(visitor.locator("h1")).hasText(lang.equals("ar") ? "حالة الخدمات" : "Service status");
            browsers.look(visitor, "status-" + lang);
        }
        visitor.context().close();
    }
}
