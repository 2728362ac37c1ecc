package org.nafitha.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nafitha.NafithaTest;
import org.nafitha.documents.SampleFiles;
import org.nafitha.documents.importing.ScanArchive;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

/**
 * The archivist uploads a scanning bureau's ZIP, watches the import progress on its own, and sees
 * which files were not imported and why; an officer may not open the imports.
 */
@NafithaTest
class DigitiseAPaperArchiveJourneyTest {

    private static BrowserSupport browsers;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() {
        browsers = BrowserSupport.start("digitise-a-paper-archive");
    }

    @AfterAll
    static void close() {
        if (browsers != null) browsers.close();
    }

    @Test
    void archivistImportsAZipOfScansAndSeesEachBadFileWithItsReason() {
        var archivist = browsers.signedIn(port, "archivist1");
        archivist.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("استيراد الأرشيف")).click();
        assertThat(archivist.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("استيراد الملفات الممسوحة ضوئيًا"))).isVisible();

        archivist.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ابدأ الاستيراد")).click();
        assertThat(archivist.locator(".field-error").first()).hasText("اختر ملف ZIP لاستيراده.");
        archivist.getByLabel("المجلد، بالنسبة إلى مجلد الاستيراد").fill("../../etc");
        archivist.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("استورد هذا المجلد")).click();
        assertThat(archivist.locator(".field-error")).hasText("لا يوجد مجلد بهذا الاسم داخل مجلد الاستيراد.");
        assertThat(archivist.getByLabel("المجلد، بالنسبة إلى مجلد الاستيراد")).hasValue("../../etc");
        browsers.look(archivist, "imports-refused-folder");

        var zip = new ScanArchive()
                .file("1999/birth-1.tif", SampleFiles.scan("tiff", 301), "birth-certificate", "civil-status",
                        "1000000008", "١٩٩٩-٠٥-١٢", "CS-1999-0301", "شهادة ميلاد نورة")
                .file("1999/birth-2.png", SampleFiles.scan("png", 302), "birth-certificate", "civil-status",
                        "1000000016", "1999-05-13", "CS-1999-0302", "شهادة ميلاد خالد")
                .file("1999/marriage-3.jpg", SampleFiles.scan("jpeg", 303), "marriage-contract", "civil-status",
                        "1000000008", "1999-06-01", "CS-1999-0303", "عقد زواج")
                .file("1999/letter-4.pdf", SampleFiles.pdf("Letter 1999-0304"), "letter", "civil-status",
                        "1000000008", "1999-06-02", "CS-1999-0304", "خطاب رسمي")
                .file("1999/locked.pdf", SampleFiles.encryptedPdf(), "letter", "civil-status",
                        "1000000008", "1999-06-03", "CS-1999-0305", "خطاب محمي")
                .file("1999/broken.tif", SampleFiles.unreadableTiff(), "letter", "civil-status",
                        "1000000008", "1999-06-04", "CS-1999-0306", "صفحة تالفة")
                .stray("../outside.png", SampleFiles.scan("png", 307))
                .bytes();
        archivist.getByLabel("ملف ZIP بالملفات الممسوحة ومعها ملف CSV")
                .setInputFiles(new FilePayload("الأحوال-المدنية-١٩٩٩.zip", "application/zip", zip));
        archivist.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ابدأ الاستيراد")).click();

        assertThat(archivist.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("استيراد: الأحوال-المدنية-١٩٩٩.zip"))).isVisible();
        // The page follows the job by itself (htmx every 2 s) until it is finished.
        assertThat(archivist.locator("#import-progress .tag")).hasText("اكتمل",
                new LocatorAssertions.HasTextOptions().setTimeout(45_000));
        assertThat(archivist.locator(".import-counts")).containsText("٤");
        assertThat(archivist.locator("progress")).hasAttribute("value", "7");
        var errors = archivist.locator("#import-progress table");
        assertThat(row(errors, "1999/locked.pdf")).containsText("محمي بكلمة مرور");
        assertThat(row(errors, "1999/broken.tif")).containsText("تالف");
        assertThat(row(errors, "../outside.png")).containsText("يخرج من الأرشيف");
        browsers.look(archivist, "import-finished");

        archivist.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("كل عمليات الاستيراد")).click();
        assertThat(archivist.locator("table")).containsText("الأحوال-المدنية-١٩٩٩.zip");
        browsers.look(archivist, "imports-list");
    }

    @Test
    void anOfficerMayNotOpenTheImports() {
        var officer = browsers.signedIn(port, "officer1");
        var response = officer.navigate("http://localhost:" + port + "/staff/archive/imports");
        Assertions.assertThat(response.status()).isEqualTo(403);
    }

    private static Locator row(Locator table, String path) {
        return table.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(path));
    }
}
