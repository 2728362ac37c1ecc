package org.nafitha.documents.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A shared index's place in the journal and the lease of the node that catches it up, in the
 * database (V82): the index is the cluster's, so its position cannot live on one node's disk, and
 * it only ever moves forward.
 */
final class SearchPosition {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String name;

    SearchPosition(JdbcClient jdbc, Clock clock, String name) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.name = name;
    }

    long seq() {
        return jdbc.sql("SELECT seq FROM archive_index_position WHERE name = :n").param("n", name)
                .query(Long.class).optional().orElse(0L);
    }

    void advance(long seq) {
        exists();
        jdbc.sql("UPDATE archive_index_position SET seq = :seq WHERE name = :n AND seq < :seq")
                .param("seq", seq).param("n", name).update();
    }

    /** Takes or renews the lease for {@code holder}; false while another node holds it. */
    boolean hold(String holder, Duration lease) {
        exists();
        var now = clock.instant();
        return jdbc.sql("""
                        UPDATE archive_index_position SET holder = :h, held_until = :until
                        WHERE name = :n AND (holder IS NULL OR holder = :h OR held_until < :now)""")
                .param("h", holder).param("until", Timestamp.from(now.plus(lease))).param("now", Timestamp.from(now))
                .param("n", name).update() == 1;
    }

    private void exists() {
        try {
            jdbc.sql("""
                            INSERT INTO archive_index_position (name, seq)
                            SELECT CAST(:n AS VARCHAR(200)), 0 WHERE NOT EXISTS (SELECT 1 FROM archive_index_position WHERE name = :n)""")
                    .param("n", name).update();
        } catch (DataIntegrityViolationException e) {
            // another node inserted it at the same moment
        }
    }
}
