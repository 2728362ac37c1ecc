package org.nafitha.documents.importing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Import jobs: started, failed, found, and their files' progress and errors as the pages show them.
 * The files are planned and finished by {@link ImportFiles}, a job is worked under {@link ImportLeases}.
 */
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

    public record FileError(String path, @Nullable Integer line, String error, @Nullable String detail) {
        /** The message's arguments: the detail, if any. */
        public Object[] args() {
            return new Object[]{detail == null ? "" : detail};
        }
    }

    private final JdbcClient jdbc;

    ImportJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    public Optional<Job> find(UUID id) {
        return jdbc.sql(SELECT_JOB + " WHERE id = :id").param("id", id).query(ImportJobs::job).optional();
    }

    public List<Job> recent(int limit) {
        return jdbc.sql(SELECT_JOB + " ORDER BY created_at DESC LIMIT :limit").param("limit", limit)
                .query(ImportJobs::job).list();
    }

    public ImportProgress progress(UUID id) {
        var counts = new TreeMap<FileStatus, Long>();
        jdbc.sql("SELECT status, COUNT(*) FROM document_import_files WHERE import_id = :id GROUP BY status")
                .param("id", id)
                .query(rs -> {
                    counts.put(FileStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return new ImportProgress(counts);
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
