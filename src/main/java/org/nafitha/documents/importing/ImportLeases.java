package org.nafitha.documents.importing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.nafitha.documents.DocumentsProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who works an import job: a node holds the job's lease while it works it, renews it with every file,
 * and completes the job only while it still holds it and no file is pending.
 */
@Repository
class ImportLeases {

    private final JdbcClient jdbc;
    private final DocumentsProperties properties;
    private final Clock clock;

    ImportLeases(JdbcClient jdbc, DocumentsProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** When a lease taken or renewed now ends. */
    Instant end() {
        return clock.instant().plus(properties.imports().lease());
    }

    /** Takes or renews the job's lease: only while nobody else holds an unexpired one. */
    boolean claim(UUID id, String node, Instant now, Instant until) {
        return jdbc.sql("""
                        UPDATE document_imports SET lease_owner = :node, lease_until = :until, status = 'RUNNING'
                        WHERE id = :id AND status IN ('QUEUED', 'RUNNING')
                          AND (lease_owner IS NULL OR lease_owner = :node OR lease_until < :now)""")
                .param("node", node).param("until", Timestamp.from(until)).param("now", Timestamp.from(now))
                .param("id", id).update() == 1;
    }

    /** Renews the lease inside a file's transaction; false when another node has taken the job over. */
    boolean stillHeld(UUID id, String node, Instant until) {
        return jdbc.sql("UPDATE document_imports SET lease_until = :until WHERE id = :id AND lease_owner = :node AND status = 'RUNNING'")
                .param("until", Timestamp.from(until)).param("id", id).param("node", node).update() == 1;
    }

    List<UUID> runnable(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT id FROM document_imports WHERE status IN ('QUEUED', 'RUNNING')
                          AND (lease_until IS NULL OR lease_until < :now) ORDER BY created_at LIMIT :limit""")
                .param("now", Timestamp.from(now)).param("limit", limit).query(UUID.class).list();
    }

    boolean complete(UUID id, String node, Instant at) {
        return jdbc.sql("""
                        UPDATE document_imports SET status = 'DONE', finished_at = :at, lease_owner = NULL, lease_until = NULL
                        WHERE id = :id AND lease_owner = :node AND status = 'RUNNING'
                          AND NOT EXISTS (SELECT 1 FROM document_import_files f WHERE f.import_id = :id AND f.status = 'PENDING')""")
                .param("at", Timestamp.from(at)).param("id", id).param("node", node).update() == 1;
    }
}
