package org.nafitha.transparency.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored perfect subtree hashes of the log, from which every root and proof is computed. */
@Repository
class LogNodes {

    private static final HexFormat HEX = HexFormat.of();

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    LogNodes(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    record Node(int level, long idx, byte[] hash) {
    }

    void insert(List<Node> nodes) {
        template.batchUpdate("INSERT INTO log_nodes (level, idx, hash) VALUES (?, ?, ?)", nodes, 1000, (ps, node) -> {
            ps.setInt(1, node.level());
            ps.setLong(2, node.idx());
            ps.setString(3, HEX.formatHex(node.hash()));
        });
    }

    /** The perfect subtrees on the right edge of a tree of {@code size} leaves, highest first. */
    List<byte[]> edge(long size) {
        var edge = new ArrayList<byte[]>();
        for (int level = 63; level >= 0; level--) {
            if ((size >>> level & 1) == 1) edge.add(hash(level, (size >>> level) - 1));
        }
        return edge;
    }

    byte[] hash(int level, long idx) {
        return HEX.parseHex(jdbc.sql("SELECT hash FROM log_nodes WHERE level = :l AND idx = :i")
                .param("l", level).param("i", idx).query(String.class).single());
    }

    /** A per-request cache of node reads, for proofs that touch the same subtrees. */
    MerkleProofs.NodeSource cached() {
        Map<Long, byte[]> cache = new HashMap<>();
        return (level, idx) -> cache.computeIfAbsent(idx << 6 | level, k -> hash(level, idx));
    }
}
