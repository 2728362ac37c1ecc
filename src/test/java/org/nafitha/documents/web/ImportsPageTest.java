package org.nafitha.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.nafitha.documents.SampleFiles;
import org.nafitha.documents.importing.ScanArchive;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The imports pages: for archive staff only, forms with their CSRF token, and the htmx fragment. */
@NafithaTest
@AutoConfigureMockMvc
class ImportsPageTest {

    @Autowired
    MockMvc mvc;
    @LocalServerPort
    int port;

    @Test
    void anUploadWithoutTheCsrfTokenIsRefused() throws Exception {
        var archivist = MvcVisitor.signedIn(mvc, port, "archivist1");
        var noToken = multipart("/staff/archive/imports").file(archive());
        assertThat(archivist.perform(noToken).getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void otherStaffMayNotOpenOrStartImports() throws Exception {
        var officer = MvcVisitor.signedIn(mvc, port, "officer1");
        assertThat(officer.perform(get("/staff/archive/imports")).getResponse().getStatus()).isEqualTo(403);
        assertThat(officer.perform(multipart("/staff/archive/imports").file(archive()).with(csrf()))
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theJobPageServesItsProgressAloneToHtmxAndWholeOtherwise() throws Exception {
        var archivist = MvcVisitor.signedIn(mvc, port, "archivist1");
        var started = archivist.perform(multipart("/staff/archive/imports").file(archive()).with(csrf())).getResponse();
        assertThat(started.getRedirectedUrl()).startsWith("/staff/archive/imports/");

        var page = archivist.perform(get(started.getRedirectedUrl())).getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<html").contains("id=\"import-progress\"").contains("<progress");
        var fragment = archivist.perform(get(started.getRedirectedUrl()).header("HX-Request", "true"))
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(fragment).doesNotContain("<html").contains("id=\"import-progress\"").contains("<progress");
    }

    @Test
    void aFileThatIsNotAZipStopsTheImportWithAClearReason() throws Exception {
        var archivist = MvcVisitor.signedIn(mvc, port, "archivist1");
        var notZip = new MockMultipartFile("archive", "مسح.zip", "application/zip", SampleFiles.pdf("not a zip"));
        var started = archivist.perform(multipart("/staff/archive/imports").file(notZip).with(csrf())).getResponse();
        var page = archivist.perform(get(started.getRedirectedUrl())).getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("الملف المرفوع ليس أرشيف ZIP.");
    }

    private static MockMultipartFile archive() {
        var zip = new ScanArchive().file("page.png", SampleFiles.scan("png", 401), "letter", "civil-status",
                "1000000008", "2010-01-01", "WEB-401", "خطاب").bytes();
        return new MockMultipartFile("archive", "دفعة.zip", "application/zip", zip);
    }
}
