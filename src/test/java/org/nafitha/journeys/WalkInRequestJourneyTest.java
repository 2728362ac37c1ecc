package org.nafitha.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
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
 * A visitor walks into a service centre to renew her driving licence: reception finds her by the
 * ID she reads out (typed in Arabic-Indic digits), turns what she asks for into the service, fills
 * the form for her and hands her the reference; she later finds the case among her applications.
 */
@NafithaTest
class WalkInRequestJourneyTest {

    private static BrowserSupport browsers;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void launch() {
        browsers = BrowserSupport.start("walk-in-request");
    }

    @AfterAll
    static void close() {
        if (browsers != null) browsers.close();
    }

    @Test
    void receptionEntersAWalkInDrivingLicenceRenewalForAVisitor() {
        var reception = signIn("reception1");
        assertThat(reception.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("الاستقبال"))).isVisible();
        browsers.look(reception, "reception");

        reception.getByLabel("رقم هوية المراجع أو إقامته").fill("١٠٠٠٠٠٠٠١٦");
        reception.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("بحث")).click();
        assertThat(reception.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("نورة بنت سعد القحطاني"))).isVisible();
        assertThat(reception.locator("#civil-record")).containsText("1000000016");
        browsers.look(reception, "visitor");

        reception.getByLabel("ماذا يطلب المراجع؟").fill("أبغى أجدد رخصة السواقة");
        reception.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("اقترح الخدمات")).click();
        var best = reception.locator("#suggestions a").first();
        assertThat(best).hasText("تجديد رخصة القيادة");
        browsers.look(reception, "suggestions");
        best.click();

        // The citizen's own form: what the register holds is shown, not asked.
        assertThat(reception.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("تجديد رخصة القيادة"))).isVisible();
        assertThat(reception.locator("[data-field=fullName]")).hasText("نورة بنت سعد القحطاني");
        assertThat(reception.locator("input[name=fullName]")).hasCount(0);
        browsers.look(reception, "form");

        // A medical check number that is too short: refused in Arabic, everything else kept.
        reception.getByLabel("خاصة").check();
        reception.getByLabel("عشر سنوات").check();
        reception.getByLabel("رقم الفحص الطبي").fill("12345");
        reception.getByLabel("رقم الجوال للتواصل").fill("٠٥٥١١١٢٢٣٣");
        reception.getByLabel("اطلعت على بطاقة هوية المراجع شخصيًا").check();
        reception.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("إرسال الطلب باسم المراجع")).click();
        assertThat(reception.locator(".error-summary")).containsText("الصيغة غير صحيحة");
        assertThat(reception.getByLabel("رقم الجوال للتواصل")).hasValue("٠٥٥١١١٢٢٣٣");
        assertThat(reception.getByLabel("عشر سنوات")).isChecked();
        assertThat(reception.getByLabel("خاصة")).isChecked();
        assertThat(reception.getByLabel("اطلعت على بطاقة هوية المراجع شخصيًا")).isChecked();
        browsers.look(reception, "form-with-errors");

        reception.getByLabel("رقم الفحص الطبي").fill("5002611234");
        reception.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("إرسال الطلب باسم المراجع")).click();
        assertThat(reception.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("أُرسل الطلب باسم المراجع"))).isVisible();
        var reference = reception.locator(".reference").textContent().strip();
        assertThat(reference).matches("DLR-\\d{4}-\\d{6}-\\d");
        browsers.look(reception, "submitted");

        var stored = jdbc.sql("SELECT applicant || ' ' || channel || ' ' || entered_by || ' ' || women_section FROM cases WHERE reference = :r")
                .param("r", reference).query(String.class).single();
        assertThat(stored).isEqualToIgnoringCase("1000000016 RECEPTION reception1 false");

        // Back at the visitor's file, the new case is listed.
        reception.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("العودة إلى المراجع")).click();
        assertThat(reception.locator("main table")).containsText(reference);
        reception.context().close();

        // The visitor signs in later and follows it among her own applications.
        var visitor = signIn("1000000016");
        visitor.navigate("http://localhost:" + port + "/applications");
        assertThat(visitor.locator("main")).containsText(reference);
        browsers.look(visitor, "visitor-applications");
        visitor.context().close();
    }

    private Page signIn(String username) {
        return browsers.signedIn(port, username);
    }
}
