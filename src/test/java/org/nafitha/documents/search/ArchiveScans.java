package org.nafitha.documents.search;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Assumptions;
import org.nafitha.documents.Classification;
import org.nafitha.documents.Documents;
import org.nafitha.documents.Filing;
import org.nafitha.documents.Upload;
import org.nafitha.documents.UploadOutcome;
import org.nafitha.documents.ocr.ArabicScans;
import org.nafitha.documents.ocr.DocumentPages;

/** Files generated scans into the archive as a bulk import does, and waits until they are searchable. */
final class ArchiveScans {

    static final List<String> ACCEPTED = List.of("image/png", "image/jpeg", "application/pdf", "text/plain");

    private final Documents documents;
    private final DocumentPages pages;

    ArchiveScans(Documents documents, DocumentPages pages) {
        this.documents = documents;
        this.pages = pages;
    }

    /** Scans are only searchable where Tesseract reads them; CI installs it, a bare laptop may not have it. */
    static void assumeTesseract() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/tesseract")),
                "/usr/bin/tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-ara tesseract-ocr-eng); CI has it");
    }

    /** A national ID no demo person has, so a test's documents can be told from everyone else's. */
    static String personId() {
        return "19" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    UUID scan(String person, String kind, String department, Classification classification, int year, String title,
              List<String> lines) {
        var bytes = ArabicScans.page(lines, title.hashCode(), 1.5); // seeded: a failing run draws the same page again
        return store(person, kind, department, classification, year, title, bytes, "scan.png");
    }

    UUID note(String person, String kind, String department, Classification classification, int year, String title) {
        return store(person, kind, department, classification, year, title,
                ("ملاحظة أرشيفية: " + title).getBytes(StandardCharsets.UTF_8), "note.txt");
    }

    private UUID store(String person, String kind, String department, Classification classification, int year,
                       String title, byte[] bytes, String filename) {
        var filing = new Filing(department, classification, LocalDate.of(year, 3, 15),
                "ARC-" + year + "-" + ThreadLocalRandom.current().nextInt(100_000, 999_999), title, Filing.Source.BULK_IMPORT);
        var outcome = documents.store(new Upload(kind, filename, bytes, person, "archivist1", ACCEPTED, 5_000_000, filing));
        if (!(outcome instanceof UploadOutcome.Stored stored)) throw new IllegalStateException("refused: " + outcome);
        return stored.document().id();
    }

    /** OCR (or the finding that there is nothing to read) done for every one of them. */
    void awaitRead(List<UUID> ids) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> ids.stream().allMatch(id -> pages.status(id).isPresent()));
    }
}
