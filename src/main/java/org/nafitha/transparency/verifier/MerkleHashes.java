package org.nafitha.transparency.verifier;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The hashing and proof checks of RFC 9162 (Certificate Transparency 2.0), section 2.1: leaf and
 * node hashes with domain separation (0x00 / 0x01), and the verification of inclusion and
 * consistency proofs exactly as the RFC writes them. Depends on the JDK only, so the offline
 * verifier an oversight body runs shares this code with the server and its tests.
 */
public final class MerkleHashes {

    private MerkleHashes() {
    }

    public static byte[] leafHash(byte[] leafInput) {
        var sha = sha256();
        sha.update((byte) 0x00);
        sha.update(leafInput);
        return sha.digest();
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        var sha = sha256();
        sha.update((byte) 0x01);
        sha.update(left);
        sha.update(right);
        return sha.digest();
    }

    /** The hash of the empty tree: SHA-256 of nothing. */
    public static byte[] emptyRoot() {
        return sha256().digest();
    }

    /** Largest power of two strictly smaller than n (n > 1). */
    public static long splitPoint(long n) {
        return Long.highestOneBit(n - 1);
    }

    /** RFC 9162 2.1.3.2: whether {@code path} proves the leaf is in the tree of {@code root}. */
    public static boolean verifyInclusion(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> path,
                                          byte[] root) {
        return ProofVerification.inclusion(leafIndex, treeSize, leafHash, path, root);
    }

    /** RFC 9162 2.1.4.2: whether {@code proof} proves the second tree extends the first. */
    public static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot,
                                            List<byte[]> proof) {
        return ProofVerification.consistency(first, second, firstRoot, secondRoot, proof);
    }

    public static byte[] sha256Of(byte[] data) {
        return sha256().digest(data);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
