package org.nafitha.documents.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The shared, ordered journal of changes to what the archive's index holds (V53). */
@Component
class IndexJournal {

    record Change(long seq, UUID document, Instant at) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    IndexJournal(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void changed(UUID document) {
        jdbc.sql("INSERT INTO archive_index_journal (document_id, recorded_at) VALUES (:d, :at)")
                .param("d", document).param("at", Timestamp.from(clock.instant())).update();
    }

    /** The newest change, 0 when there is none. */
    long last() {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM archive_index_journal").query(Long.class).single();
    }

    /** The oldest change still kept, 0 when there is none. */
    long first() {
        return jdbc.sql("SELECT COALESCE(MIN(seq), 0) FROM archive_index_journal").query(Long.class).single();
    }

    List<Change> after(long seq, int limit) {
        return jdbc.sql("""
                        SELECT seq, document_id, recorded_at FROM archive_index_journal
                        WHERE seq > :seq ORDER BY seq FETCH FIRST :limit ROWS ONLY""")
                .param("seq", seq).param("limit", limit)
                .query((rs, n) -> new Change(rs.getLong(1), rs.getObject(2, UUID.class), rs.getTimestamp(3).toInstant()))
                .list();
    }

    /** Forgets changes older than {@code before}; a node whose index is older than that rebuilds. */
    int forget(Instant before) {
        return jdbc.sql("DELETE FROM archive_index_journal WHERE recorded_at < :before")
                .param("before", Timestamp.from(before)).update();
    }
}
