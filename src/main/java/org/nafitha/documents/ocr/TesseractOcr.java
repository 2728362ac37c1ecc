package org.nafitha.documents.ocr;

import org.springframework.boot.health.contributor.Health;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.Comparator;

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

    /** Whether Tesseract answers with every language configured ({@link TesseractHealth}). */
    Health health() {
        return new TesseractHealth(properties).check(available());
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
            return TesseractOutput.read(work.resolve("page.txt"), work.resolve("page.tsv"));
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

    private static void delete(Path work) {
        if (work == null) return;
        try (var files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless; the OS cleans its temp area
        }
    }
}
