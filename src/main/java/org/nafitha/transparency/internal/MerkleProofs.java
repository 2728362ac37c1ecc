package org.nafitha.transparency.internal;

import java.util.ArrayList;
import java.util.List;

import org.nafitha.transparency.verifier.MerkleHashes;

/**
 * Inclusion and consistency proofs of RFC 9162 (2.1.3.1 PATH, 2.1.4.1 SUBPROOF) computed over
 * stored perfect subtrees, so a proof in a log of millions costs a few dozen node reads.
 */
final class MerkleProofs {

    /** The hash of the perfect subtree of 2^level leaves starting at leaf idx * 2^level. */
    @FunctionalInterface
    interface NodeSource {
        byte[] node(int level, long idx);
    }

    private final NodeSource nodes;

    MerkleProofs(NodeSource nodes) {
        this.nodes = nodes;
    }

    /** MTH(D[start:end]). */
    byte[] subtreeHash(long start, long end) {
        long n = end - start;
        if (Long.bitCount(n) == 1 && start % n == 0) return nodes.node(Long.numberOfTrailingZeros(n), start / n);
        long k = MerkleHashes.splitPoint(n);
        return MerkleHashes.nodeHash(subtreeHash(start, start + k), subtreeHash(start + k, end));
    }

    byte[] root(long size) {
        return size == 0 ? MerkleHashes.emptyRoot() : subtreeHash(0, size);
    }

    /** PATH(m, D[0:size]), leaf first. */
    List<byte[]> inclusion(long m, long size) {
        var path = new ArrayList<byte[]>();
        path(m, 0, size, path);
        return path;
    }

    private void path(long m, long start, long end, List<byte[]> out) {
        long n = end - start;
        if (n <= 1) return;
        long k = MerkleHashes.splitPoint(n);
        if (m < start + k) {
            path(m, start, start + k, out);
            out.add(subtreeHash(start + k, end));
        } else {
            path(m, start + k, end, out);
            out.add(subtreeHash(start, start + k));
        }
    }

    /** PROOF(first, D[0:second]). */
    List<byte[]> consistency(long first, long second) {
        var proof = new ArrayList<byte[]>();
        if (first > 0 && first < second) subproof(first, 0, second, true, proof);
        return proof;
    }

    private void subproof(long m, long start, long end, boolean whole, List<byte[]> out) {
        long n = end - start;
        if (m == n) {
            if (!whole) out.add(subtreeHash(start, end));
            return;
        }
        long k = MerkleHashes.splitPoint(n);
        if (m <= k) {
            subproof(m, start, start + k, whole, out);
            out.add(subtreeHash(start + k, end));
        } else {
            subproof(m - k, start + k, end, false, out);
            out.add(subtreeHash(start, start + k));
        }
    }
}
