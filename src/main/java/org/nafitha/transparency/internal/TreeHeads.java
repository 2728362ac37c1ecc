package org.nafitha.transparency.internal;

import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.nafitha.transparency.verifier.TreeHead;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Signed tree heads: published at intervals when the log grew, and on demand. Every head is
 * kept, so an oversight body can fetch them all and a consistency proof exists between any two.
 */
@Service
public class TreeHeads {

    private final JdbcClient jdbc;
    private final Sequencer sequencer;
    private final LogNodes nodes;
    private final SigningKey key;
    private final Clock clock;

    TreeHeads(JdbcClient jdbc, Sequencer sequencer, LogNodes nodes, SigningKey key, Clock clock) {
        this.jdbc = jdbc;
        this.sequencer = sequencer;
        this.nodes = nodes;
        this.key = key;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${nafitha.transparency.publish-every:60s}", initialDelayString = "5s")
    void onSchedule() {
        publish();
    }

    /**
     * The head for anyone who asks: the newest if it is less than a second old, else a new one —
     * so a crowd of readers cannot make the log sequence and sign in a loop.
     */
    public TreeHead current() {
        var newest = newest();
        long age = newest.isEmpty() ? Long.MAX_VALUE : clock.millis() - newest.get().timestamp();
        return age >= 0 && age < 1000 ? newest.get() : publish();
    }

    /** Sequences what is committed and signs a head for it unless one exists. */
    public TreeHead publish() {
        long size = sequencer.sequence();
        var existing = at(size);
        if (existing.isPresent()) return existing.get();
        var root = HexFormat.of().formatHex(new MerkleProofs(nodes.cached()).root(size));
        var unsigned = new TreeHead(size, clock.millis(), root, "");
        var head = new TreeHead(size, unsigned.timestamp(), root,
                Base64.getEncoder().encodeToString(key.sign(unsigned.signedBytes())));
        try {
            jdbc.sql("""
                            INSERT INTO tree_heads (tree_size, timestamp_ms, root_hash, signature, key_id)
                            VALUES (:size, :ts, :root, :sig, :key)""")
                    .param("size", size).param("ts", head.timestamp()).param("root", root)
                    .param("sig", head.signature()).param("key", key.keyId()).update();
            return head;
        } catch (DuplicateKeyException anotherNodeSignedIt) {
            return at(size).orElseThrow();
        }
    }

    public Optional<TreeHead> at(long size) {
        return jdbc.sql("SELECT tree_size, timestamp_ms, root_hash, signature FROM tree_heads WHERE tree_size = :s")
                .param("s", size).query(TreeHeads::head).optional();
    }

    Optional<TreeHead> newest() {
        return jdbc.sql("SELECT tree_size, timestamp_ms, root_hash, signature FROM tree_heads ORDER BY tree_size DESC LIMIT 1")
                .query(TreeHeads::head).optional();
    }

    /** Up to 1,000 heads from a size on; ask again from the last one's size for more. */
    public List<TreeHead> all(long fromSize) {
        return jdbc.sql("""
                        SELECT tree_size, timestamp_ms, root_hash, signature FROM tree_heads
                        WHERE tree_size >= :s ORDER BY tree_size LIMIT 1000""")
                .param("s", fromSize).query(TreeHeads::head).list();
    }

    private static TreeHead head(ResultSet rs, int row) throws SQLException {
        return new TreeHead(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4));
    }

    public String publicKey() {
        return key.publicKeyBase64();
    }
}
