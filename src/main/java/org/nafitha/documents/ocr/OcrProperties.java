package org.nafitha.documents.ocr;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param command   the Tesseract executable
 * @param languages Tesseract's language models, in preference order
 * @param timeout   the longest one page may take before the attempt is abandoned (and retried)
 * @param parallel  pages read at the same time: each Tesseract process takes a core
 * @param dpi       resolution at which PDF pages without a text layer are rendered for OCR
 * @param maxPages  pages read of one document; the rest is left unread
 * @param pageSegmentation Tesseract's {@code --psm}: 6 (one block of text) reads archive letters and
 *                  forms whole; 3 (automatic layout) split short Arabic lines into fragments on our scans
 */
@ConfigurationProperties("nafitha.documents.ocr")
public record OcrProperties(Path command, String languages, Duration timeout, int parallel, int dpi, int maxPages,
                            int pageSegmentation) {

    public OcrProperties {
        if (command == null) command = Path.of("/usr/bin/tesseract");
        if (languages == null || languages.isBlank()) languages = "ara+eng";
        if (timeout == null) timeout = Duration.ofSeconds(60);
        if (parallel <= 0) parallel = 1;
        if (dpi <= 0) dpi = 300;
        if (maxPages <= 0) maxPages = 50;
        if (pageSegmentation <= 0) pageSegmentation = 6;
    }
}
