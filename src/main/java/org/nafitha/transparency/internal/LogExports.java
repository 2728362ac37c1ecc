package org.nafitha.transparency.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.nafitha.transparency.verifier.AuditLeaf;
import org.nafitha.transparency.verifier.ExportHeader;
import org.nafitha.transparency.verifier.ExportedEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;
import javax.sql.DataSource;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a range of the log as JSON lines for the offline verifier: a header, then one entry per
 * line in leaf order with the leaf hash the log recorded. Redacted exports withhold personal
 * fields behind their commitments and never include the nonce.
 */
@Service
public class LogExports {

    private static final HexFormat HEX = HexFormat.of();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final LogNodes nodes;
    private final LogProofs proofs;
    private final SigningKey key;

    LogExports(DataSource dataSource, LogNodes nodes, LogProofs proofs, SigningKey key) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1000); // streams a million rows (PostgreSQL honours it inside a transaction)
        this.nodes = nodes;
        this.proofs = proofs;
        this.key = key;
    }

    /** @param to exclusive; clamped to the tree size */
    @Transactional(readOnly = true)
    public void write(long from, long to, boolean redact, OutputStream out) {
        long size = proofs.treeSize();
        long end = Math.min(to, size);
        long start = Math.min(Math.max(0, from), end);
        var edge = nodes.edge(start).stream().map(HEX::formatHex).toList();
        line(out, new ExportHeader(ExportHeader.FORMAT, start, end, end == size, edge, key.publicKeyBase64()));
        jdbc.query("""
                        SELECT a.id, a.leaf_index, n.hash, a.nonce, a.recorded_at, a.actor, a.actor_role, a.action,
                               a.subject, a.case_reference, a.reason, a.client_address, a.department
                        FROM audit_log a JOIN log_nodes n ON n.level = 0 AND n.idx = a.leaf_index
                        WHERE a.leaf_index >= ? AND a.leaf_index < ? ORDER BY a.leaf_index""",
                rs -> {
                    var nonce = rs.getString(4);
                    if (nonce == null) {
                        line(out, new ExportedEntry(rs.getLong(2), rs.getLong(1), rs.getString(3), null, null, null, true));
                        return;
                    }
                    var values = AuditLeaf.values(rs.getTimestamp(5).toInstant().toString(), rs.getString(6),
                            rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                            rs.getString(12), rs.getString(13));
                    line(out, redact ? redacted(rs.getLong(2), rs.getLong(1), rs.getString(3), nonce, values)
                            : new ExportedEntry(rs.getLong(2), rs.getLong(1), rs.getString(3), nonce, values, null, false));
                }, start, end);
    }

    private static ExportedEntry redacted(long index, long id, String leaf, String nonce, Map<String, String> values) {
        var revealed = new HashMap<String, String>();
        var withheld = new HashMap<String, String>();
        values.forEach((name, value) -> {
            if (AuditLeaf.PERSONAL.contains(name)) withheld.put(name, AuditLeaf.commitment(nonce, name, value));
            else revealed.put(name, value);
        });
        return new ExportedEntry(index, id, leaf, null, revealed, withheld, false);
    }

    private static void line(OutputStream out, Object value) {
        try {
            out.write(JSON.writeValueAsBytes(value));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
