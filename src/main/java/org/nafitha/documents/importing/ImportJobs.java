package org.nafitha.documents.importing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** Import jobs and their files. */
@Repository
public class ImportJobs {

    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    public enum FileStatus { PENDING, STORED, DUPLICATE, FAILED }

    public record Job(UUID id, String label, String sourceKind, String sourcePath, Status status,
                      @Nullable String problem, @Nullable String problemDetail, String createdBy, Instant createdAt,
                      @Nullable Instant finishedAt, long unpackedBytes) {
        /** The problem message's arguments: its detail, if any. */
        public Object[] problemArgs() {
            return new Object[]{problemDetail == null ? "" : problemDetail};
        }
    }

    /** Files by status, for the progress bar. */
    public record Progress(Map<FileStatus, Long> counts) {
        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        public long of(FileStatus status) {
            return counts.getOrDefault(status, 0L);
        }

        public long done() {
            return total() - of(FileStatus.PENDING);
        }

        public int percent() {
            return total() == 0 ? 100 : (int) (done() * 100 / total());
        }
    }

    public record FileError(String path, @Nullable Integer line, String error, @Nullable String detail) {
        /** The message's arguments: the detail, if any. */
        public Object[] args() {
            return new Object[]{detail == null ? "" : detail};
        }
    }

    record Pending(String path, @Nullable String kind, @Nullable String department, @Nullable String personId,
                   java.time.@Nullable LocalDate date, @Nullable String reference, String classification,
                   @Nullable String title) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ImportJobs(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void create(UUID id, String label, String kind, String path, String by, Instant at) {
        jdbc.sql("""
                        INSERT INTO document_imports (id, label, source_kind, source_path, status, created_by, created_at)
                        VALUES (:id, :label, :kind, :path, 'QUEUED', :by, :at)""")
                .param("id", id).param("label", label).param("kind", kind).param("path", path).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }

    void fail(UUID id, ImportProblem problem, @Nullable String detail, Instant at) {
        jdbc.sql("""
                        UPDATE document_imports SET status = 'FAILED', problem = :p, problem_detail = :d, finished_at = :at,
                               lease_owner = NULL, lease_until = NULL WHERE id = :id""")
                .param("p", problem.name()).param("d", detail).param("at", Timestamp.from(at)).param("id", id).update();
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

    boolean complete(UUID id, String node, Instant at) {
        return jdbc.sql("""
                        UPDATE document_imports SET status = 'DONE', finished_at = :at, lease_owner = NULL, lease_until = NULL
                        WHERE id = :id AND lease_owner = :node AND status = 'RUNNING'
                          AND NOT EXISTS (SELECT 1 FROM document_import_files f WHERE f.import_id = :id AND f.status = 'PENDING')""")
                .param("at", Timestamp.from(at)).param("id", id).param("node", node).update() == 1;
    }

    public Optional<Job> find(UUID id) {
        return jdbc.sql(SELECT_JOB + " WHERE id = :id").param("id", id).query(ImportJobs::job).optional();
    }

    public List<Job> recent(int limit) {
        return jdbc.sql(SELECT_JOB + " ORDER BY created_at DESC LIMIT :limit").param("limit", limit)
                .query(ImportJobs::job).list();
    }

    public Progress progress(UUID id) {
        var counts = new TreeMap<FileStatus, Long>();
        jdbc.sql("SELECT status, COUNT(*) FROM document_import_files WHERE import_id = :id GROUP BY status")
                .param("id", id)
                .query(rs -> {
                    counts.put(FileStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return new Progress(counts);
    }

    public List<FileError> errors(UUID id, int limit) {
        return jdbc.sql("""
                        SELECT path, line, error, error_detail FROM document_import_files
                        WHERE import_id = :id AND status = 'FAILED' ORDER BY line, path LIMIT :limit""")
                .param("id", id).param("limit", limit)
                .query((rs, n) -> new FileError(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    private static final String SELECT_JOB = """
            SELECT id, label, source_kind, source_path, status, problem, problem_detail, created_by, created_at,
                   finished_at, unpacked_bytes FROM document_imports""";

    private static Job job(ResultSet rs, int n) throws SQLException {
        var finished = rs.getTimestamp(10);
        return new Job(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                Status.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getTimestamp(9).toInstant(), finished == null ? null : finished.toInstant(), rs.getLong(11));
    }
}
