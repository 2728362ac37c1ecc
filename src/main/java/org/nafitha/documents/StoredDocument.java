package org.nafitha.documents;

import java.util.UUID;

/** Metadata of a stored upload; the bytes are found by {@code sha256}. */
public record StoredDocument(UUID id, String kind, String sha256, String mediaType, long size, String filename,
                             String owner) {
}
