package org.nafitha.transparency.verifier;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A signed tree head: the log's size and root at a moment, signed with the log's Ed25519 key.
 * The signed bytes are RFC 6962's TreeHeadSignature: version 0, signature type 1 (tree hash),
 * timestamp in milliseconds, tree size, root hash.
 */
public record TreeHead(long treeSize, long timestamp, String rootHash, String signature) {

    public byte[] signedBytes() {
        return ByteBuffer.allocate(2 + 8 + 8 + 32)
                .put((byte) 0).put((byte) 1)
                .putLong(timestamp).putLong(treeSize)
                .put(HexFormat.of().parseHex(rootHash))
                .array();
    }

    public boolean verify(PublicKey key) {
        try {
            var sig = Signature.getInstance("Ed25519");
            sig.initVerify(key);
            sig.update(signedBytes());
            return sig.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public static PublicKey publicKey(String x509Base64) {
        try {
            return KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(x509Base64.strip())));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }
}
