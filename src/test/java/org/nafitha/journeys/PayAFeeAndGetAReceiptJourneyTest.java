package org.nafitha.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nafitha.Assignees;
import org.nafitha.NafithaTest;
import org.nafitha.TestImages;
import org.nafitha.country.ArabicDigits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

/**
 * A citizen applies for a ten-year passport, sees each fee line, pays on the gateway's card page
 * with a 3-D Secure step, comes back to "received", and downloads the signed receipt; the case
 * then reaches an officer.
 */
@NafithaTest
@TestPropertySource(properties = "nafitha.cases.await-payment=true")
class PayAFeeAndGetAReceiptJourneyTest {

    private static BrowserSupport browsers;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void launch() {
        browsers = BrowserSupport.start("pay-a-fee");
    }

    @AfterAll
    static void close() {
        if (browsers != null) browsers.close();
    }

    @Test
    void citizenSeesTheFeeLinesPaysByCardWithThreeDSecureAndGetsASignedReceipt() {
        var base = "http://localhost:" + port;
        var citizen = browsers.signedIn(port, "1000000016");
        citizen.navigate(base + "/services/passport-renewal/apply");
        citizen.getByLabel("عشر سنوات").check();
        citizen.getByLabel("رقم الجوال للتواصل").fill("٠٥٠١٢٣٤٥٦٧");
        citizen.getByLabel("الصورة الشخصية").setInputFiles(
                new FilePayload("صورة.jpg", "image/jpeg", TestImages.portrait("jpg")));
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("متابعة")).click();
        // Before sending: every fee line and the total on "check your answers".
        assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("المبلغ المستحق"))).isVisible();
        var fees = citizen.locator("table.fee-lines");
        assertThat(fees.locator("tbody tr")).hasCount(2);
        assertThat(fees).containsText("رسم الخدمة: تجديد جواز السفر");
        assertThat(fees).containsText("جواز صالح لعشر سنوات");
        assertThat(fees.locator("tfoot")).containsText("٦٠٠");
        browsers.look(citizen, "check-answers-fees");
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("أقر وأرسل الطلب")).click();
        var reference = citizen.locator(".reference").textContent().strip();
        assertThat(status(reference)).isEqualTo("AWAITING_PAYMENT");

        citizen.navigate(base + "/payments");
        assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("مستحقاتي"))).isVisible();
        assertThat(citizen.locator("main")).containsText("رسم الخدمة: تجديد جواز السفر");
        assertThat(citizen.locator("main")).containsText("جواز صالح لعشر سنوات");
        browsers.look(citizen, "what-i-owe");
        // Only this application's fee: any fine of hers stays for another day.
        for (var box : citizen.locator("input[name=items]").all()) box.uncheck();
        citizen.locator("fieldset.due").filter(new Locator.FilterOptions()
                .setHasText(ArabicDigits.toArabicIndic(reference))).locator("input[name=items]").check();
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ادفع المحدد")).click();

        assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("الدفع بالبطاقة"))).isVisible();
        assertThat(citizen.locator("main")).containsText("600.00 SAR");
        browsers.look(citizen, "gateway-card-page");
        citizen.getByLabel("رقم البطاقة").fill("4000 0000 0000 3220");
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ادفع")).click();
        assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("التحقق من البنك المصدر"))).isVisible();
        browsers.look(citizen, "gateway-3d-secure");
        citizen.getByLabel("رمز التحقق").fill("123456");
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("تأكيد")).click();

        assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("نتيجة الدفع"))).isVisible();
        for (int i = 0; i < 40 && !citizen.locator("[role=status]").textContent().contains("تم استلام المبلغ"); i++) {
            citizen.waitForTimeout(250);
            citizen.reload();
        }
        assertThat(citizen.locator("[role=status]")).containsText("تم استلام المبلغ");
        browsers.look(citizen, "payment-received");
        var receiptLink = citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("إيصال السداد (PDF)"));
        var receipt = citizen.request().get(base + receiptLink.getAttribute("href"));
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(new String(receipt.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        for (int i = 0; i < 40 && !"SUBMITTED".equals(status(reference)); i++) citizen.waitForTimeout(250);
        assertThat(status(reference)).isEqualTo("SUBMITTED");
        assertThat(Assignees.of(jdbc, reference)).startsWith("officer");
        citizen.context().close();
    }

    private String status(String reference) {
        return jdbc.sql("SELECT status FROM cases WHERE reference = :r").param("r", reference).query(String.class).single();
    }
}
