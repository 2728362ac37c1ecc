package org.nafitha.transparency.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nafitha.transparency.verifier.CompactRange;
import org.nafitha.transparency.verifier.MerkleHashes;

/** Proofs from stored subtrees agree with the RFC's definitions, and the RFC's checks accept them. */
class MerkleProofsTest {

    private final List<byte[]> leaves = new ArrayList<>();
    private final Map<String, byte[]> stored = new HashMap<>();
    private final CompactRange range = new CompactRange();

    private void grow(int size) {
        while (leaves.size() < size) {
            long index = leaves.size();
            var leaf = MerkleHashes.leafHash(("entry " + index).getBytes(StandardCharsets.UTF_8));
            leaves.add(leaf);
            stored.put("0/" + index, leaf);
            var completed = range.append(leaf);
            for (int i = 0; i < completed.size(); i++) stored.put((i + 1) + "/" + (index >>> (i + 1)), completed.get(i));
        }
    }

    private MerkleProofs proofs() {
        return new MerkleProofs((level, idx) -> stored.get(level + "/" + idx));
    }

    /** MTH straight from RFC 9162 2.1.1, over the leaves themselves. */
    private byte[] mth(int start, int end) {
        if (end - start == 1) return leaves.get(start);
        int k = (int) MerkleHashes.splitPoint(end - start);
        return MerkleHashes.nodeHash(mth(start, start + k), mth(start + k, end));
    }

    @Test
    void rootsFromStoredSubtreesEqualTheDefinitionAndTheCompactRange() {
        for (int size = 1; size <= 70; size++) {
            grow(size);
            assertThat(proofs().root(size)).isEqualTo(mth(0, size));
            assertThat(range.root()).isEqualTo(mth(0, size));
            assertThat(CompactRange.resume(size, range.edge()).root()).isEqualTo(range.root());
        }
        assertThat(new MerkleProofs((l, i) -> null).root(0)).isEqualTo(MerkleHashes.emptyRoot());
    }

    @Test
    void everyInclusionProofVerifiesAndAWrongLeafOrIndexDoesNot() {
        grow(37);
        for (int size = 1; size <= 37; size++) {
            var root = mth(0, size);
            for (int m = 0; m < size; m++) {
                var path = proofs().inclusion(m, size);
                assertThat(MerkleHashes.verifyInclusion(m, size, leaves.get(m), path, root)).as("leaf %d of %d", m, size).isTrue();
                if (size > 1) {
                    assertThat(MerkleHashes.verifyInclusion(m, size, leaves.get((m + 1) % size), path, root)).isFalse();
                    assertThat(MerkleHashes.verifyInclusion((m + 1) % size, size, leaves.get(m), path, root)).isFalse();
                }
            }
        }
    }

    @Test
    void everyConsistencyProofVerifiesAndATamperedOneDoesNot() {
        grow(33);
        for (int second = 1; second <= 33; second++) {
            for (int first = 1; first <= second; first++) {
                var proof = proofs().consistency(first, second);
                assertThat(MerkleHashes.verifyConsistency(first, second, mth(0, first), mth(0, second), proof))
                        .as("%d to %d", first, second).isTrue();
                if (first < second) {
                    var forged = new ArrayList<>(proof);
                    forged.set(0, MerkleHashes.leafHash(new byte[]{1}));
                    assertThat(MerkleHashes.verifyConsistency(first, second, mth(0, first), mth(0, second), forged)).isFalse();
                    assertThat(MerkleHashes.verifyConsistency(first, second, mth(0, first), leaves.get(0), proof)).isFalse();
                }
            }
        }
    }
}
