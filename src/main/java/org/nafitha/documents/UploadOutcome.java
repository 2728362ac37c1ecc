package org.nafitha.documents;

/** Stored, or refused for a reason the uploader can act on. */
public sealed interface UploadOutcome {

    record Stored(StoredDocument document) implements UploadOutcome {
    }

    record Refused(Reason reason, String detectedType) implements UploadOutcome {
    }

    /** Each maps to message key {@code documents.refused.<name>}. */
    enum Reason {
        EMPTY, TOO_LARGE, TYPE_NOT_ALLOWED,
        /** The name says one type (a {@code .jpg}), the content is another (a PDF). */
        EXTENSION_MISMATCH,
        /** The bytes are two kinds of file at once (a PDF that is also a ZIP, a JPEG that is also a PDF). */
        POLYGLOT,
        /** A password-protected or encrypted PDF: it cannot be checked, read by staff or indexed. */
        ENCRYPTED,
        /** A PDF with JavaScript, an automatic action, a launch action or embedded files. */
        ACTIVE_CONTENT,
        /** The file claims a type but cannot be read as one (a truncated TIFF, a broken PDF). */
        UNREADABLE,
        /** The virus scanner found something. */
        INFECTED,
        /** The virus scanner could not answer; the file is refused rather than stored unscanned. */
        SCAN_FAILED
    }
}
