package org.nafitha.documents;

import java.util.UUID;

/**
 * A document was erased at the end of its retention period: its row and text are gone in the
 * transaction that published this; its bytes (under {@code sha256}, unless another document holds
 * the same bytes) and its place in the search index follow from this event, never lost.
 */
public record DocumentErased(UUID id, String sha256) {
}
