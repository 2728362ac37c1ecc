package org.nafitha.transparency.verifier;

import java.util.ArrayList;
import java.util.List;

/**
 * The right edge of a Merkle tree being grown leaf by leaf: one perfect subtree hash per set bit
 * of the size. Appending is O(log n) and the root of the current size is a fold of the edge, so a
 * million-entry log is checked in one pass without holding the leaves.
 */
public final class CompactRange {

    /** hashes[level] is the perfect subtree of 2^level leaves waiting for its right sibling, or null. */
    private final List<byte[]> pending = new ArrayList<>();
    private long size;

    public CompactRange() {
    }

    /**
     * Resumes from the perfect subtrees of an existing tree of {@code size} leaves, highest level
     * first (the order in which {@link #edge()} returns them).
     */
    public static CompactRange resume(long size, List<byte[]> edgeHighestFirst) {
        var range = new CompactRange();
        range.size = size;
        int i = 0;
        for (int level = 63; level >= 0; level--) {
            if ((size >>> level & 1) == 1) range.set(level, edgeHighestFirst.get(i++));
        }
        if (i != edgeHighestFirst.size()) throw new IllegalArgumentException("edge does not match size " + size);
        return range;
    }

    public long size() {
        return size;
    }

    /**
     * Adds a leaf hash; @return the perfect subtree hashes completed by it, level 1 upward
     * (index i holds level i+1), so a store can keep them for proofs.
     */
    public List<byte[]> append(byte[] leafHash) {
        var completed = new ArrayList<byte[]>();
        byte[] current = leafHash;
        int level = 0;
        while (level < pending.size() && pending.get(level) != null) {
            current = MerkleHashes.nodeHash(pending.get(level), current);
            pending.set(level, null);
            level++;
            completed.add(current);
        }
        set(level, current);
        size++;
        return completed;
    }

    public byte[] root() {
        byte[] acc = null;
        for (byte[] h : pending) {
            if (h == null) continue;
            acc = acc == null ? h : MerkleHashes.nodeHash(h, acc);
        }
        return acc == null ? MerkleHashes.emptyRoot() : acc;
    }

    /** The perfect subtree hashes of the right edge, highest level first. */
    public List<byte[]> edge() {
        var edge = new ArrayList<byte[]>();
        for (int level = pending.size() - 1; level >= 0; level--) {
            if (pending.get(level) != null) edge.add(pending.get(level));
        }
        return edge;
    }

    private void set(int level, byte[] hash) {
        while (pending.size() <= level) pending.add(null);
        pending.set(level, hash);
    }
}
