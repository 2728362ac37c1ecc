package org.nafitha.documents.ocr;

import java.util.Arrays;
import java.util.Set;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.Comparator;
import java.util.List;

/**
 * Tesseract through its command line rather than Tess4J: no JNA binding tied to one native
 * library version, a hung or crashing page kills a child process and not the application, and the
 * timeout is a plain {@link Process#waitFor}. One run writes the text ({@code txt}) and the word
 * confidences ({@code tsv}).
 */
public class TesseractOcr implements OcrEngine {

    private final OcrProperties properties;
    private final Semaphore slots;

    public TesseractOcr(OcrProperties properties) {
        this.properties = properties;
        this.slots = new Semaphore(properties.parallel(), true);
    }

    @Override
    public String name() {
        return "tesseract";
    }

    @Override
    public boolean available() {
        return Files.isExecutable(properties.command());
    }

    /**
     * Whether {@code tesseract --list-langs} answers within ten seconds and lists every language configured.
     * Down is {@code DEGRADED}: uploads are still kept, and scans wait to be read until OCR is back.
     */
    Health health() {
        var degraded = Health.status(new Status("DEGRADED")).withDetail("command", properties.command().toString());
        if (!available()) return degraded.withDetail("reason", "not installed").build();
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

    @Override
    public PageText read(Path image) throws OcrFailed {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrFailed("interrupted while waiting for a free OCR slot", e);
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("nafitha-ocr");
            var out = work.resolve("page");
            var process = new ProcessBuilder(properties.command().toString(), image.toString(), out.toString(),
                    "-l", properties.languages(), "--psm", Integer.toString(properties.pageSegmentation()), "txt", "tsv")
                    .redirectErrorStream(true).redirectOutput(work.resolve("log").toFile());
            // One thread per process: parallel pages scale better than OpenMP inside one page.
            process.environment().put("OMP_THREAD_LIMIT", "1");
            var running = process.start();
            if (!running.waitFor(properties.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                running.destroyForcibly();
                throw new OcrFailed("tesseract took longer than " + properties.timeout(), true);
            }
            if (running.exitValue() != 0) {
                throw new OcrFailed("tesseract exited with " + running.exitValue() + ": "
                        + new String(Files.readAllBytes(work.resolve("log")), StandardCharsets.UTF_8).strip(), false);
            }
            // Tesseract wraps mixed-direction runs in bidi marks: the stored text is plain, the page sets the direction.
            var text = Files.readString(work.resolve("page.txt"), StandardCharsets.UTF_8)
                    .replaceAll("[\u200E\u200F\u202A-\u202E\u2066-\u2069]", "").strip();
            return new PageText(text, meanConfidence(Files.readAllLines(work.resolve("page.tsv"), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new OcrFailed("tesseract could not be run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrFailed("interrupted while reading a page", e);
        } finally {
            slots.release();
            delete(work);
        }
    }

    /** Mean of the words' confidences; TSV rows of level 5 are words, {@code -1} marks layout rows. */
    static float meanConfidence(List<String> tsv) {
        double sum = 0;
        int words = 0;
        for (var line : tsv) {
            var cells = line.split("\t");
            if (cells.length < 12 || !"5".equals(cells[0]) || cells[11].isBlank()) continue;
            try {
                var confidence = Double.parseDouble(cells[10]);
                if (confidence < 0) continue;
                sum += confidence;
                words++;
            } catch (NumberFormatException e) {
                // the header row
            }
        }
        return words == 0 ? 0f : (float) (sum / words);
    }

    private static void delete(Path work) {
        if (work == null) return;
        try (var files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless; the OS cleans its temp area
        }
    }
}
