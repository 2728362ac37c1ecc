package org.nafitha.documents.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;

/**
 * OCR on the status page: up when Tesseract lists every configured language, DEGRADED when one is
 * missing or it does not answer — and a Tesseract that hangs is given up on, never waited for.
 */
class TesseractHealthTest {

    @TempDir
    Path dir;

    private TesseractOcr tesseract(String script, String languages) throws Exception {
        var command = dir.resolve("tesseract");
        Files.writeString(command, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(command, PosixFilePermissions.fromString("rwx------"));
        return new TesseractOcr(new OcrProperties(command, languages, Duration.ofSeconds(60), 1, 300, 10, 3));
    }

    @Test
    void everyConfiguredLanguageListedIsUpAndOneMissingIsDegraded() throws Exception {
        var listing = "printf 'List of available languages in \"/usr/share/tesseract-ocr/5/tessdata/\" (3):\\nara\\neng\\nosd\\n'";
        assertThat(tesseract(listing, "ara+eng").health().getStatus()).isEqualTo(Status.UP);
        var missing = tesseract(listing, "ara+eng+fra").health();
        assertThat(missing.getStatus().getCode()).isEqualTo("DEGRADED");
        assertThat(missing.getDetails().get("reason").toString()).contains("fra");
    }

    @Test
    void aTesseractThatHangsIsGivenUpOnAfterTenSeconds() throws Exception {
        var started = System.nanoTime();
        var health = tesseract("exec sleep 120", "ara+eng").health();
        assertThat(health.getStatus().getCode()).isEqualTo("DEGRADED");
        assertThat(health.getDetails().get("reason").toString()).contains("no answer");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    }
}
