package org.nafitha.documents.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.documents.SampleFiles;
import org.nafitha.documents.importing.ScanArchive;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The imports API: start with a ZIP, follow until finished, read each file's reason code. */
@NafithaTest
class ImportsApiTest {

    @LocalServerPort
    int port;

    @Test
    void aScriptImportsAZipAndFollowsItToTheEnd() {
        var api = new ApiClient(port);
        var token = api.login("archivist1");
        var zip = new ScanArchive()
                .file("p-1.png", SampleFiles.scan("png", 501), "letter", "police", "1000000008", "2012-02-02", "API-501", "محضر")
                .file("p-2.pdf", SampleFiles.pdfWithJavaScript(), "letter", "police", "1000000008", "2012-02-03", "API-502", "محضر")
                .bytes();

        var started = api.upload("/api/v1/staff/archive/imports", token, "zip", "api.zip", zip, "application/zip");
        assertThat(started.status()).isEqualTo(202);
        var location = started.raw().headers().firstValue("Location").orElseThrow();

        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> "DONE".equals(api.get(location, token).text("status")));
        var status = api.get(location, token).body();
        assertThat(status.path("files").path("STORED").asLong()).isEqualTo(1);
        assertThat(status.path("errors").get(0).path("path").asString()).isEqualTo("p-2.pdf");
        assertThat(status.path("errors").get(0).path("error").asString()).isEqualTo("refused.ACTIVE_CONTENT");
    }

    @Test
    void otherStaffAreRefusedAndAFolderOutsideTheRootIsUnprocessable() {
        var api = new ApiClient(port);
        var officer = api.login("officer1");
        assertThat(api.post("/api/v1/staff/archive/imports/folder", officer, "{\"folder\":\"demo\"}").status()).isEqualTo(403);
        var archivist = api.login("archivist1");
        var outside = api.post("/api/v1/staff/archive/imports/folder", archivist, "{\"folder\":\"../../etc\"}");
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.contentType()).startsWith("application/problem+json");
        assertThat(outside.text("code")).isEqualTo("documents.import.error.folderNotAllowed");
    }
}
