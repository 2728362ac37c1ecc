package org.nafitha.transparency.internal;

import java.util.ArrayList;
import java.util.HexFormat;

import org.nafitha.transparency.verifier.CompactRange;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives committed audit entries their place in the tree. Entries are written by many nodes and
 * commit in any order; the sequencer, holding the lock on the log's one state row, appends them
 * one after another, so the log is ordered and gap-free whichever node runs it.
 */
@Service
class Sequencer {

    private static final int BATCH = 5_000;
    private static final HexFormat HEX = HexFormat.of();

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final LogNodes nodes;
    private final TransactionTemplate tx;

    Sequencer(JdbcClient jdbc, JdbcTemplate template, LogNodes nodes, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.template = template;
        this.nodes = nodes;
        this.tx = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${nafitha.transparency.sequence-every:1s}", initialDelayString = "2s")
    void onSchedule() {
        sequence();
    }

    /** Sequences everything committed so far. @return the tree size afterwards */
    long sequence() {
        Integer appended;
        do {
            appended = tx.execute(status -> sequenceBatch());
        } while (appended != null && appended == BATCH);
        return jdbc.sql("SELECT tree_size FROM log_state WHERE id = 1").query(Long.class).single();
    }

    private int sequenceBatch() {
        long size = jdbc.sql("SELECT tree_size FROM log_state WHERE id = 1 FOR UPDATE").query(Long.class).single();
        record Pending(long id, String leaf) {
        }
        var pending = jdbc.sql("SELECT id, leaf_hash FROM audit_log WHERE leaf_index IS NULL ORDER BY id LIMIT " + BATCH)
                .query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2))).list();
        if (pending.isEmpty()) return 0;
        var tree = CompactRange.resume(size, nodes.edge(size));
        var newNodes = new ArrayList<LogNodes.Node>();
        var runs = new ArrayList<Object[]>();
        for (var entry : pending) {
            long index = tree.size();
            var leaf = HEX.parseHex(entry.leaf());
            newNodes.add(new LogNodes.Node(0, index, leaf));
            var completed = tree.append(leaf);
            for (int i = 0; i < completed.size(); i++) {
                int level = i + 1;
                newNodes.add(new LogNodes.Node(level, index >>> level, completed.get(i)));
            }
            var last = runs.isEmpty() ? null : runs.getLast();
            if (last != null && (long) last[1] + 1 == entry.id()) last[1] = entry.id();
            else runs.add(new Object[]{index - entry.id(), entry.id(), entry.id()});
        }
        // Ids mostly follow each other, so one statement numbers a whole run of them.
        template.batchUpdate("UPDATE audit_log SET leaf_index = id + ? WHERE id >= ? AND id <= ? AND leaf_index IS NULL",
                runs.stream().map(r -> new Object[]{r[0], r[2], r[1]}).toList());
        nodes.insert(newNodes);
        jdbc.sql("UPDATE log_state SET tree_size = :s WHERE id = 1").param("s", tree.size()).update();
        return pending.size();
    }
}
