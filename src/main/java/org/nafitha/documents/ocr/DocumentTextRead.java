package org.nafitha.documents.ocr;

import java.util.UUID;

/** The text of a document's pages is stored: the archive index takes it in. */
public record DocumentTextRead(UUID documentId, int pages) {
}
