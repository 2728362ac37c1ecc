package org.nafitha.documents;

/** Stored, or refused for a reason the uploader can act on. */
public sealed interface UploadOutcome {

    record Stored(StoredDocument document) implements UploadOutcome {
    }

    record Refused(Reason reason, String detectedType) implements UploadOutcome {
    }

    /** Each maps to message key {@code documents.refused.<name>}. */
    enum Reason { EMPTY, TOO_LARGE, TYPE_NOT_ALLOWED }
}
