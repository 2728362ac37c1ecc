package org.nafitha.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nafitha.NafithaTest;
import org.nafitha.country.ArabicDigits;
import org.nafitha.documents.Classification;
import org.nafitha.documents.Documents;
import org.nafitha.documents.Filing;
import org.nafitha.documents.Upload;
import org.nafitha.documents.UploadOutcome;
import org.nafitha.documents.ocr.ArabicScans;
import org.nafitha.documents.ocr.DocumentPages;
import org.nafitha.documents.search.ArchiveQuery;
import org.nafitha.documents.search.ArchiveSearch;
import org.nafitha.documents.search.Clearance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static org.awaitility.Awaitility.await;

/**
 * The head of passports looks for an old scanned school certificate: he types the name as it
 * sounds («احمد», «مدرسه»), narrows by year, opens the document giving his reason and reads the
 * page beside the text OCR took from it.
 */
@NafithaTest
class FindAnArchivedScanJourneyTest {

    private static BrowserSupport browsers;

    @LocalServerPort
    int port;
    @Autowired
    Documents documents;
    @Autowired
    DocumentPages pages;
    @Autowired
    ArchiveSearch search;

    @BeforeAll
    static void launch() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/tesseract")),
                "/usr/bin/tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-ara tesseract-ocr-eng); CI has it");
        browsers = BrowserSupport.start("find-an-archived-scan");
    }

    @AfterAll
    static void close() {
        if (browsers != null) browsers.close();
    }

    @Test
    void headFindsAScanByTheSpellingHeTypesAndReadsItBesideItsText() {
        var person = "19" + (10_000_000 + (int) (Math.random() * 89_999_999));
        var scan = ArabicScans.page(List.of("أحمد بن علي الزهراني", "مدرسة الملك فهد الثانوية",
                "شهادة إتمام المرحلة الثانوية"), 11, 1.5);
        var filing = new Filing("passports", Classification.CONFIDENTIAL, LocalDate.of(2009, 6, 20),
                "ARC-2009-4471", "شهادة تخرج مرفقة بطلب جواز", Filing.Source.BULK_IMPORT);
        var stored = (UploadOutcome.Stored) documents.store(new Upload("certificate", "scan-4471.png", scan, person,
                "archivist1", List.of("image/png"), 5_000_000, filing));
        var id = stored.document().id();
        await().atMost(Duration.ofSeconds(60)).until(() -> pages.status(id).isPresent()
                && search.search(ArchiveQuery.of("مدرسه", person, null, null, null, 1),
                new Clearance(Classification.SECRET, false, "passports")).total() == 1);

        var head = browsers.signedIn(port, "head1");
        head.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("الأرشيف")).first().click();
        head.getByLabel("كلمات البحث").fill("احمد مدرسه");
        head.getByLabel("رقم الهوية").fill(ArabicDigits.toArabicIndic(person));
        head.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ابحث")).click();
        assertThat(head.locator(".archive-hits")).containsText("شهادة تخرج مرفقة بطلب جواز");
        assertThat(head.locator(".archive-snippet mark").first()).isVisible();
        browsers.look(head, "results");

        head.locator(".archive-facets a", new Page.LocatorOptions().setHasText("٢٠٠٩")).click();
        assertThat(head.locator(".archive-results")).containsText("عدد الوثائق: ١");
        head.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("شهادة تخرج مرفقة بطلب جواز")).click();
        head.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("اعرض الوثيقة")).click();
        assertThat(head.locator(".field-error")).containsText("اكتب سبب الاطلاع");
        head.getByLabel("ما سبب اطلاعك على هذه الوثيقة؟").fill("التحقق من مؤهل المراجع لطلب الجواز");
        head.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("اعرض الوثيقة")).click();
        assertThat(head.locator(".archive-text")).containsText("مدرسة الملك فهد");
        assertThat(head.locator(".archive-viewer img")).isVisible();
        head.waitForFunction("() => document.querySelector('.archive-viewer img').naturalWidth > 0");
        browsers.look(head, "document");
    }
}
