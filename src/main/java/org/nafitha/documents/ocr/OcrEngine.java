package org.nafitha.documents.ocr;

import java.nio.file.Path;

/**
 * Reads the text of one page image. An interface so a machine without an OCR engine says so
 * ({@link #available()}) instead of failing every document it is given.
 */
public interface OcrEngine {

    /** A short name stored with each page, e.g. {@code tesseract-5}. */
    String name();

    boolean available();

    /** The page's text in reading order, and the engine's mean word confidence (0–100). */
    PageText read(Path image) throws OcrFailed;

    record PageText(String text, float confidence) {
    }

    /**
     * The engine could not read the page. {@link #retryable()} when it may succeed later (a timeout,
     * the machine) — the listener's retry tries again; not when the file itself cannot be read.
     */
    final class OcrFailed extends Exception {
        private final boolean retryable;

        public OcrFailed(String message, boolean retryable) {
            super(message);
            this.retryable = retryable;
        }

        public OcrFailed(String message, Throwable cause) {
            super(message, cause);
            this.retryable = true;
        }

        public boolean retryable() {
            return retryable;
        }
    }
}
