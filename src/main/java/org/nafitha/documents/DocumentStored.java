package org.nafitha.documents;

import java.util.UUID;

/**
 * A new document is stored: published in the transaction that stored it, so OCR and the search
 * index follow every document, never losing one.
 */
public record DocumentStored(UUID id, String kind, String mediaType, String owner, Filing filing) {
}
