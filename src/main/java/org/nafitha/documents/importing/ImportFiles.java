package org.nafitha.documents.importing;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.documents.Classification;
import org.nafitha.documents.Filing;
import org.nafitha.documents.Upload;
import org.nafitha.documents.importing.ImportJobs.FileStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** An import job's files: planned from its CSV, taken while pending, and finished once each. */
@Repository
class ImportFiles {

    record Pending(String path, @Nullable String kind, @Nullable String department, @Nullable String personId,
                   @Nullable LocalDate date, @Nullable String reference, String classification,
                   @Nullable String title) {

        /** What an archive of scans may hold. */
        static final List<String> PAGES = List.of("image/tiff", "image/jpeg", "image/png", "application/pdf");

        /** The file as an upload of a scan by {@code by}, filed as its line of the CSV described it. */
        Upload upload(byte[] bytes, String by, long maxBytes) {
            var filing = new Filing(department, Classification.valueOf(classification), date, reference, title,
                    Filing.Source.BULK_IMPORT);
            return new Upload(kind == null ? "scan" : kind, path.substring(path.lastIndexOf('/') + 1), bytes,
                    personId == null ? "" : personId, by, PAGES, maxBytes, filing);
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ImportFiles(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Adds the planned files; a path already there (a line repeated) is left as it was. */
    void plan(UUID id, List<MetadataCsv.Line> lines, Instant at) {
        template.batchUpdate("""
                INSERT INTO document_import_files (import_id, path, line, status, error, error_detail, kind, department,
                       person_id, document_date, reference, classification, title, done_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                lines.stream().map(l -> new Object[]{id, l.path(), l.number() > 0 ? l.number() : null,
                        l.problem() == null ? "PENDING" : "FAILED",
                        l.problem() == null ? null : "import.problem." + l.problem().name(), l.detail(), l.kind(),
                        l.department(), l.personId(), l.date() == null ? null : Date.valueOf(l.date()),
                        l.reference(), l.classification().name(), l.title(),
                        l.problem() == null ? null : Timestamp.from(at)}).toList());
    }

    List<Pending> pending(UUID id, int limit) {
        return jdbc.sql("""
                        SELECT path, kind, department, person_id, document_date, reference, classification, title
                        FROM document_import_files WHERE import_id = :id AND status = 'PENDING' ORDER BY line, path LIMIT :limit""")
                .param("id", id).param("limit", limit)
                .query((rs, n) -> new Pending(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
    }

    /** Records a file's result, once: false when it already has one. */
    boolean finish(UUID id, String path, FileStatus status, @Nullable String error, @Nullable String detail,
                   @Nullable String sha256, @Nullable UUID documentId, long unpacked, Instant at) {
        int updated = jdbc.sql("""
                        UPDATE document_import_files SET status = :status, error = :error, error_detail = :detail,
                               content_sha256 = :sha, document_id = :doc, done_at = :at
                        WHERE import_id = :id AND path = :path AND status = 'PENDING'""")
                .param("status", status.name()).param("error", error).param("detail", detail).param("sha", sha256)
                .param("doc", documentId).param("at", Timestamp.from(at)).param("id", id).param("path", path).update();
        if (updated == 1 && unpacked > 0) {
            jdbc.sql("UPDATE document_imports SET unpacked_bytes = unpacked_bytes + :n WHERE id = :id")
                    .param("n", unpacked).param("id", id).update();
        }
        return updated == 1;
    }

    /** A document already imported from the same content under the same reference, by any job. */
    Optional<UUID> alreadyImported(String sha256, @Nullable String reference) {
        return jdbc.sql("""
                        SELECT document_id FROM document_import_files
                        WHERE content_sha256 = :sha AND COALESCE(reference, '') = :ref AND status = 'STORED'
                        FETCH FIRST 1 ROWS ONLY""")
                .param("sha", sha256).param("ref", reference == null ? "" : reference).query(UUID.class).optional();
    }
}
