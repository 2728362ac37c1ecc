package org.nafitha.documents.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.nafitha.country.ArabicDigits;
import org.nafitha.documents.Classification;
import org.nafitha.documents.Documents;
import org.nafitha.documents.ocr.DocumentPages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.awaitility.Awaitility.await;

/**
 * The staff archive page as staff meet it: officer1 (passports, cleared to INTERNAL) and head1
 * (passports, cleared to SECRET) search, open a document after giving a reason, and the audit
 * trail records each read and each refused attempt.
 */
@NafithaTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchivePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Documents documents;
    @Autowired
    DocumentPages pages;
    @Autowired
    ArchiveSearch search;
    @LocalServerPort
    int port;

    final String person = ArchiveScans.personId();
    UUID certificate, report;

    @BeforeAll
    void fileTheScans() {
        ArchiveScans.assumeTesseract();
        var scans = new ArchiveScans(documents, pages);
        certificate = scans.scan(person, "certificate", "passports", Classification.INTERNAL, 2024, "شهادة تخرج الطالب",
                List.of("أحمد بن علي الزهراني", "مدرسة الملك فهد الثانوية"));
        report = scans.scan(person, "report", "passports", Classification.SECRET, 2024, "تقرير أمني سري",
                List.of("أحمد بن علي الزهراني", "تقرير أمني عن مغادرة البلاد"));
        scans.awaitRead(List.of(certificate, report));
        var head = new Clearance(Classification.SECRET, false, "passports");
        await().until(() -> search.search(ArchiveQuery.of("تقرير", person, null, null, null, 1), head).total() == 1);
    }

    @Test
    void anOfficerFindsTheScanByAVariantSpellingAndHisSearchByPersonIsAudited() throws Exception {
        var officer = MvcVisitor.signedIn(mvc, port, "officer1");
        var page = officer.perform(get("/staff/archive").param("q", "مدرسه")
                .param("person", ArabicDigits.toArabicIndic(person))).getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("شهادة تخرج الطالب").contains("<mark>مدرسة</mark>")
                .doesNotContain("تقرير أمني سري");
        assertThat(audited("archive.search", "officer1", person)).isPositive();
        var fragment = officer.perform(get("/staff/archive").header("HX-Request", "true").param("q", "احمد")
                .param("person", person)).getResponse().getContentAsString();
        assertThat(fragment).contains("id=\"archive-results\"").contains("شهادة تخرج الطالب").doesNotContain("<html");
    }

    @Test
    void theArchiveSpeaksEnglishToo() throws Exception {
        var officer = MvcVisitor.signedIn(mvc, port, "officer1");
        var page = officer.perform(get("/staff/archive").param("q", "مدرسه").param("person", person).param("lang", "en"))
                .getResponse().getContentAsString();
        assertThat(page).contains("Search words").contains("Documents: 1").contains("Certificate").contains("Passports")
                .contains("<mark>مدرسة</mark>");
    }

    @Test
    void luceneSyntaxOrTenThousandCharactersGiveAPageNotAnError() throws Exception {
        var officer = MvcVisitor.signedIn(mvc, port, "officer1");
        var syntax = officer.perform(get("/staff/archive").param("q", "title:(أحمد AND \"x) OR [* TO } ~ ^ \\ /"))
                .getResponse();
        assertThat(syntax.getStatus()).isEqualTo(200);
        var huge = officer.perform(get("/staff/archive").param("q", "ب[".repeat(5_000)).param("page", "٩٩٩"))
                .getResponse();
        assertThat(huge.getStatus()).isEqualTo(200);
        assertThat(huge.getContentAsString()).contains("نص البحث طويل");
    }

    @Test
    void anOfficerWithoutClearanceGetsNotFoundAndTheAttemptIsAudited() throws Exception {
        var officer = MvcVisitor.signedIn(mvc, port, "officer1");
        var refused = officer.perform(get("/staff/archive/documents/" + report).param("purpose", "فضول")).getResponse();
        assertThat(refused.getStatus()).isEqualTo(404);
        assertThat(refused.getContentAsString()).doesNotContain("تقرير أمني سري");
        var image = officer.perform(get("/staff/archive/documents/" + report + "/pages/1").param("purpose", "فضول"))
                .getResponse();
        assertThat(image.getStatus()).isEqualTo(404);
        assertThat(audited("archive.document.refused", "officer1", person)).isEqualTo(2);
        assertThat(audited("document.read", "officer1", person)).isZero();
        // A document that does not exist answers the same.
        assertThat(officer.perform(get("/staff/archive/documents/" + UUID.randomUUID())).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(officer.perform(get("/staff/archive/documents/not-a-document")).getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void theHeadOpensTheDocumentWithAReasonAndSeesThePageBesideItsText() throws Exception {
        var head = MvcVisitor.signedIn(mvc, port, "head1");
        var ask = head.perform(get("/staff/archive/documents/" + report)).getResponse();
        assertThat(ask.getContentAsString()).contains("تقرير أمني سري").contains("ما سبب اطلاعك")
                .doesNotContain("مغادرة البلاد");
        var blank = head.perform(get("/staff/archive/documents/" + report).param("purpose", "  ")).getResponse();
        assertThat(blank.getContentAsString()).contains("اكتب سبب الاطلاع").doesNotContain("مغادرة البلاد");
        var reason = "التحقق من طلب سفر المراجع";
        var view = head.perform(get("/staff/archive/documents/" + report).param("purpose", reason)).getResponse();
        assertThat(view.getStatus()).isEqualTo(200);
        assertThat(view.getContentAsString()).contains("مغادرة البلاد").contains("/staff/archive/documents/" + report + "/pages/1");
        assertThat(auditedWithReason("archive.document.text", "head1", reason)).isEqualTo(1);
        var image = head.perform(get("/staff/archive/documents/" + report + "/pages/1").param("purpose", reason)).getResponse();
        assertThat(image.getStatus()).isEqualTo(200);
        assertThat(image.getContentType()).isEqualTo("image/png");
        assertThat(image.getContentAsByteArray()).hasSizeGreaterThan(1000);
        assertThat(auditedWithReason("document.read", "head1", reason)).isEqualTo(1);
    }

    @Test
    void theAdministratorRebuildsTheIndexFromTheArchivePage() throws Exception {
        var admin = MvcVisitor.signedIn(mvc, port, "admin");
        var done = admin.perform(post("/admin/archive/reindex").with(csrf())).getResponse();
        assertThat(done.getRedirectedUrl()).startsWith("/staff/archive?reindexed=");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'archive.reindex' AND actor = 'admin'")
                .query(Long.class).single()).isPositive();
        var officer = MvcVisitor.signedIn(mvc, port, "officer1");
        assertThat(officer.perform(post("/admin/archive/reindex").with(csrf())).getResponse().getStatus()).isEqualTo(403);
    }

    private long audited(String action, String actor, String subject) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = :action AND actor = :actor AND subject = :subject")
                .param("action", action).param("actor", actor).param("subject", subject).query(Long.class).single();
    }

    private long auditedWithReason(String action, String actor, String reason) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = :action AND actor = :actor AND reason = :reason")
                .param("action", action).param("actor", actor).param("reason", reason).query(Long.class).single();
    }
}
