package org.nafitha.transparency.internal;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Proofs against the tree as sequenced: an entry is in the log, and a later log extends an earlier one. */
@Service
public class LogProofs {

    private static final HexFormat HEX = HexFormat.of();

    private final JdbcClient jdbc;
    private final LogNodes nodes;

    LogProofs(JdbcClient jdbc, LogNodes nodes) {
        this.jdbc = jdbc;
        this.nodes = nodes;
    }

    public record Inclusion(long entry, long leafIndex, long treeSize, String leafHash, List<String> auditPath) {
    }

    public record Consistency(long first, long second, List<String> consistency) {
    }

    public long treeSize() {
        return jdbc.sql("SELECT tree_size FROM log_state WHERE id = 1").query(Long.class).single();
    }

    /** Empty when the entry does not exist, is not yet sequenced, or lies beyond {@code size}. */
    public Optional<Inclusion> inclusion(long entryId, long size) {
        var index = jdbc.sql("SELECT leaf_index FROM audit_log WHERE id = :id AND leaf_index IS NOT NULL")
                .param("id", entryId).query(Long.class).optional();
        if (index.isEmpty() || index.get() >= size || size > treeSize()) return Optional.empty();
        var source = nodes.cached();
        var path = new MerkleProofs(source).inclusion(index.get(), size).stream().map(HEX::formatHex).toList();
        return Optional.of(new Inclusion(entryId, index.get(), size, HEX.formatHex(source.node(0, index.get())), path));
    }

    /** Empty unless 0 < first <= second <= the current tree size. */
    public Optional<Consistency> consistency(long first, long second) {
        if (first <= 0 || first > second || second > treeSize()) return Optional.empty();
        var proof = new MerkleProofs(nodes.cached()).consistency(first, second).stream().map(HEX::formatHex).toList();
        return Optional.of(new Consistency(first, second, proof));
    }
}
