package org.nafitha.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nafitha.NafithaTest;
import org.nafitha.TestImages;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

/**
 * A resident of Baabda reports rubbish piling up, with a photograph; the national operations room
 * sees it on its map, finds it filed under "other" and routes it as waste collection; the
 * municipality of Baabda closes it with what was done; the resident reads the answer; the room
 * opens its daily report.
 */
@NafithaTest
class FileRouteAndCloseAComplaintJourneyTest {

    private static BrowserSupport browsers;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() {
        browsers = BrowserSupport.start("file-route-and-close-a-complaint");
    }

    @AfterAll
    static void close() {
        if (browsers != null) browsers.close();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void aComplaintIsFiledRoutedAndClosedAndTheDaysReportIsRead() throws Exception {
        var resident = browsers.signedIn(port, "1000000016");
        resident.navigate(base() + "/municipal/complaints/new");
        assertThat(resident.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("تقديم شكوى أو بلاغ"))).isVisible();
        resident.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("إرسال الشكوى")).click();
        assertThat(resident.locator(".error-summary")).containsText("اذكر ما حدث");
        browsers.look(resident, "complaint-form-errors");

        resident.getByLabel("نوع الشكوى").selectOption(new SelectOption().setLabel("أخرى"));
        resident.getByLabel("البلدية").selectOption(new SelectOption().setLabel("بعبدا"));
        resident.getByLabel("ماذا حدث").fill("أكياس النفايات متراكمة منذ أسبوع عند مدخل الحي الجديد قرب مدرسة بعبدا الرسمية");
        resident.getByLabel("خط العرض").fill("٣٣٫٨٣٥");
        resident.getByLabel("خط الطول").fill("35.545");
        var photo = Files.createTempFile("نفايات", ".png");
        Files.write(photo, TestImages.portrait("png"));
        resident.getByLabel("صور أو مستندات (اختياري)").setInputFiles(photo);
        browsers.look(resident, "complaint-form-filled");
        resident.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("إرسال الشكوى")).click();
        assertThat(resident.getByText("وصلت شكواك")).isVisible();
        var reference = resident.locator(".panel--confirmation strong bdi").textContent().strip();
        assertThat(reference).matches("BL-\\d{4}-\\d{6}");
        browsers.look(resident, "complaint-filed");

        var room = browsers.signedIn(port, "opsroom1");
        assertThat(room).hasURL(Pattern.compile(".*/municipal/operations$"));
        assertThat(room.locator("circle[data-code='ML-BAABDA-BAABDA']")).hasCount(1);
        assertThat(room.locator("#load-ML-BAABDA-BAABDA")).isVisible();
        browsers.look(room, "operations-room");
        room.navigate(base() + "/municipal/complaints/" + reference);
        assertThat(room.locator("dd").filter(new Locator.FilterOptions().setHasText("أخرى"))).isVisible();
        room.locator("form[action$='/route'] select[name=category]").selectOption("WASTE");
        room.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("إحالة")).click();
        assertThat(room.getByText("أُعيدت إحالة الشكوى.")).isVisible();
        assertThat(room.locator("dd").filter(new Locator.FilterOptions().setHasText("تراكم النفايات وجمعها"))).isVisible();
        browsers.look(room, "complaint-routed");

        var baabda = browsers.signedIn(port, "municipality1");
        baabda.navigate(base() + "/municipal/complaints?status=OPEN");
        baabda.locator("#complaint-" + reference + " a").click();
        baabda.getByLabel("ما تم إنجازه").fill("رُفعت النفايات صباح اليوم ووُضعت حاوية إضافية عند مدخل الحي");
        browsers.look(baabda, "complaint-to-close");
        baabda.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("إغلاق مع هذه المعالجة")).click();
        assertThat(baabda.getByText("أُغلقت الشكوى.")).isVisible();

        resident.navigate(base() + "/municipal/complaints/" + reference);
        assertThat(resident.locator("dd strong.tag")).hasText("مغلقة");
        assertThat(resident.getByText("رُفعت النفايات صباح اليوم")).isVisible();
        var photoLink = resident.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("نفايات.*\\.png")));
        assertThat(photoLink).isVisible();
        browsers.look(resident, "complaint-closed");

        room.navigate(base() + "/municipal/operations");
        var pdfHref = room.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("تقرير الأمس (PDF)")).getAttribute("href");
        var pdf = room.request().get(base() + pdfHref);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        assertThat(pdf.body().length).isGreaterThan(10_000);
    }
}
