package org.nafitha.transparency.verifier;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of a log export: the entry's place in the tree, the leaf hash the log recorded, and
 * its content — all values with the nonce (full export), or personal fields as commitments
 * (redacted). An opaque entry (written before leaves were redactable) carries its leaf alone.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ExportedEntry(long index, long id, String leaf, String nonce, Map<String, String> values,
                            Map<String, String> withheld, boolean opaque) {

    public byte[] recomputedLeaf() {
        return AuditLeaf.leafHash(nonce, values == null ? Map.of() : values, withheld == null ? Map.of() : withheld);
    }
}
