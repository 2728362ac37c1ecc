package org.nafitha.documents.ocr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** {@link TesseractOcr}'s health: installed, answering, and with every language configured. */
final class TesseractHealth {

    private final OcrProperties properties;

    TesseractHealth(OcrProperties properties) {
        this.properties = properties;
    }

    /**
     * Whether {@code tesseract --list-langs} answers within ten seconds and lists every language configured.
     * Down is {@code DEGRADED}: uploads are still kept, and scans wait to be read until OCR is back.
     */
    Health check(boolean executable) {
        var degraded = Health.status(new Status("DEGRADED")).withDetail("command", properties.command().toString());
        if (!executable) return degraded.withDetail("reason", "not installed").build();
        Path listing = null;
        try {
            // the answer goes to a file, so a Tesseract that hangs is given up on after 10 s rather than
            // holding the status check (or /actuator/health) on a pipe forever
            listing = Files.createTempFile("nafitha-ocr-langs", ".txt");
            var process = new ProcessBuilder(properties.command().toString(), "--list-langs").redirectErrorStream(true)
                    .redirectOutput(listing.toFile()).start();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return degraded.withDetail("reason", "no answer in 10 s").build();
            }
            var installed = Set.of(Files.readString(listing, StandardCharsets.UTF_8).split("\\s+"));
            var missing = Arrays.stream(properties.languages().split("\\+")).filter(l -> !installed.contains(l)).toList();
            if (!missing.isEmpty()) return degraded.withDetail("reason", "languages missing: " + missing).build();
            return Health.up().withDetail("languages", properties.languages()).build();
        } catch (IOException e) {
            return degraded.withDetail("reason", e.getMessage()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        } finally {
            if (listing != null) listing.toFile().delete();
        }
    }
}
