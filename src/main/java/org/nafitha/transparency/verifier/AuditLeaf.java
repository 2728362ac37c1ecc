package org.nafitha.transparency.verifier;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashMap;

/**
 * How an audit entry becomes a Merkle leaf, so that personal data can be withheld from an export
 * while the entry stays verifiable. A personal field is committed as SHA-256(salt || value), its
 * salt derived from the entry's secret nonce and the field name; other fields as SHA-256(value).
 * The leaf input is a version tag and the nine 32-byte commitments in a fixed order. A redacted
 * export gives the commitment of a personal field instead of its value, and never the nonce, so a
 * withheld national ID cannot be found by trying every number.
 */
public final class AuditLeaf {

    public static final String VERSION_TAG = "nafitha-audit-v2";

    /** The committed fields, in leaf order. */
    public static final List<String> FIELDS = List.of("recordedAt", "actor", "actorRole", "action", "subject",
            "caseReference", "reason", "clientAddress", "department");

    /** The fields a redacted export withholds: who acted, about whom, why, and from where. */
    public static final Set<String> PERSONAL = Set.of("actor", "subject", "caseReference", "reason", "clientAddress");

    private static final HexFormat HEX = HexFormat.of();

    private AuditLeaf() {
    }

    /** An entry's fields by name, as the leaf commits them; an absent value is empty. */
    public static Map<String, String> values(String recordedAt, String actor, String actorRole, String action,
                                             String subject, String caseReference, String reason,
                                             String clientAddress, String department) {
        var given = new String[]{recordedAt, actor, actorRole, action, subject, caseReference, reason, clientAddress, department};
        var values = new HashMap<String, String>();
        for (int i = 0; i < FIELDS.size(); i++) values.put(FIELDS.get(i), given[i] == null ? "" : given[i]);
        return values;
    }

    /** The commitment of a personal field, as a redacted export shows it. */
    public static String commitment(String nonceHex, String field, String value) {
        return HEX.formatHex(commitPersonal(HEX.parseHex(nonceHex), field, value));
    }

    /**
     * The leaf hash of an entry. @param nonceHex may be null when every personal field is given in
     * {@code withheld}; @param values the revealed fields (missing = empty); @param withheld the
     * commitments of withheld personal fields
     */
    public static byte[] leafHash(String nonceHex, Map<String, String> values, Map<String, String> withheld) {
        var nonce = nonceHex == null || nonceHex.isEmpty() ? null : HEX.parseHex(nonceHex);
        var input = new ByteArrayOutputStream(16 + 32 * FIELDS.size());
        input.writeBytes(VERSION_TAG.getBytes(StandardCharsets.UTF_8));
        for (var name : FIELDS) {
            var value = values.getOrDefault(name, "");
            if (!PERSONAL.contains(name)) {
                input.writeBytes(MerkleHashes.sha256().digest(value.getBytes(StandardCharsets.UTF_8)));
            } else if (withheld.containsKey(name)) {
                input.writeBytes(HEX.parseHex(withheld.get(name)));
            } else if (nonce != null) {
                input.writeBytes(commitPersonal(nonce, name, value));
            } else {
                throw new IllegalArgumentException("field " + name + " has neither its value with the nonce nor its commitment");
            }
        }
        return MerkleHashes.leafHash(input.toByteArray());
    }

    private static byte[] commitPersonal(byte[] nonce, String field, String value) {
        var sha = MerkleHashes.sha256();
        sha.update(nonce);
        sha.update(field.getBytes(StandardCharsets.UTF_8));
        var salt = sha.digest();
        sha.update(salt);
        sha.update(value.getBytes(StandardCharsets.UTF_8));
        return sha.digest();
    }
}
