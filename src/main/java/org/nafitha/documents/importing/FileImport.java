package org.nafitha.documents.importing;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.documents.Documents;
import org.nafitha.documents.DocumentsProperties;
import org.nafitha.documents.UploadOutcome;
import org.nafitha.documents.internal.ContentAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One planned file of an import, start to end: read from the source within the job's limits, stored
 * (or found already imported) and marked done ({@link FileOutcomes}) in one transaction that renews
 * the job's lease.
 */
@Component
class FileImport {

    // Logged under RunningImports, the category operators already watch for imports.
    private static final Logger log = LoggerFactory.getLogger(RunningImports.class);

    private final ImportJobs jobs;
    private final ImportFiles files;
    private final ImportLeases leases;
    private final FileOutcomes outcomes;
    private final Documents documents;
    private final DocumentsProperties properties;
    private final TransactionTemplate tx;

    FileImport(ImportJobs jobs, ImportFiles files, ImportLeases leases, FileOutcomes outcomes, Documents documents,
               DocumentsProperties properties, PlatformTransactionManager transactions) {
        this.jobs = jobs;
        this.files = files;
        this.leases = leases;
        this.outcomes = outcomes;
        this.documents = documents;
        this.properties = properties;
        this.tx = new TransactionTemplate(transactions);
    }

    /** One file, start to end; null when the lease was lost (then nothing of it is kept). */
    ImportJobs.@Nullable FileStatus importOne(UUID id, String worker, ImportSource source, ImportFiles.Pending file) {
        var limits = properties.imports();
        var used = jobs.find(id).map(ImportJobs.Job::unpackedBytes).orElse(0L);
        long left = limits.maxTotalBytes() - used;
        ImportSource.Read read;
        try {
            read = left <= 0 ? null : source.read(file.path(), Math.min(limits.maxFileBytes(), left));
        } catch (IOException e) {
            return outcomes.finish(id, worker, file, ImportJobs.FileStatus.FAILED, problem(ImportProblem.READ_FAILED), e.getMessage(), null, null, 0);
        }
        return switch (read) {
            case null -> outcomes.finish(id, worker, file, ImportJobs.FileStatus.FAILED, problem(ImportProblem.ARCHIVE_TOO_LARGE), null, null, null, 0);
            case ImportSource.Read.Missing m ->
                    outcomes.finish(id, worker, file, ImportJobs.FileStatus.FAILED, problem(ImportProblem.FILE_MISSING), null, null, null, 0);
            case ImportSource.Read.TooLarge t -> outcomes.finish(id, worker, file, ImportJobs.FileStatus.FAILED,
                    problem(t.read() > limits.maxFileBytes() ? ImportProblem.TOO_LARGE : ImportProblem.ARCHIVE_TOO_LARGE),
                    null, null, null, t.read());
            case ImportSource.Read.Bomb b -> outcomes.finish(id, worker, file, ImportJobs.FileStatus.FAILED,
                    problem(ImportProblem.ZIP_BOMB), b.packed() + " → " + b.read() + "+", null, null, b.read());
            case ImportSource.Read.Bytes(var bytes) -> store(id, worker, file, bytes);
        };
    }

    private ImportJobs.@Nullable FileStatus store(UUID id, String worker, ImportFiles.Pending file, byte[] bytes) {
        var sha = ContentAddress.of(bytes);
        try {
            return tx.execute(status -> {
                if (!leases.stillHeld(id, worker, leases.end())) return null;
                var earlier = bytes.length == 0 ? Optional.<UUID>empty() : files.alreadyImported(sha, file.reference());
                var result = earlier.isPresent()
                        ? outcomes.record(id, file, ImportJobs.FileStatus.DUPLICATE, null, null, sha, earlier.get(), bytes.length)
                        : stored(id, file, sha, bytes);
                if (result == null) status.setRollbackOnly();
                return result;
            });
        } catch (RuntimeException e) {
            // A fault of ours (disk full, database gone) for this file only: reported, the job goes on.
            log.warn("Import {} could not store {}: {}", id, file.path(), e.toString());
            return outcomes.finish(id, worker, file, ImportJobs.FileStatus.FAILED, problem(ImportProblem.STORE_FAILED),
                    e.getClass().getSimpleName(), sha, null, bytes.length);
        }
    }

    private ImportJobs.@Nullable FileStatus stored(UUID id, ImportFiles.Pending file, String sha, byte[] bytes) {
        var job = jobs.find(id).orElseThrow();
        var outcome = documents.store(file.upload(bytes, job.createdBy(), properties.imports().maxFileBytes()));
        return switch (outcome) {
            case UploadOutcome.Stored s -> outcomes.record(id, file, ImportJobs.FileStatus.STORED, null, null, sha,
                    s.document().id(), bytes.length);
            case UploadOutcome.Refused r -> outcomes.record(id, file, ImportJobs.FileStatus.FAILED, "refused." + r.reason().name(),
                    r.detectedType().isEmpty() ? null : r.detectedType(), sha, null, bytes.length);
        };
    }

    private static String problem(ImportProblem problem) {
        return "import.problem." + problem.name();
    }
}
