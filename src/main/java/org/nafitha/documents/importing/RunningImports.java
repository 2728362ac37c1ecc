package org.nafitha.documents.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.documents.Classification;
import org.nafitha.documents.Documents;
import org.nafitha.documents.DocumentsProperties;
import org.nafitha.documents.Filing;
import org.nafitha.documents.Upload;
import org.nafitha.documents.UploadOutcome;
import org.nafitha.documents.internal.ContentAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import java.time.Instant;
import java.util.Optional;

/**
 * Imports the planned files in the background. Any node may work a job while it holds the job's
 * lease; each file is stored and marked done in one transaction that also renews the lease, so a
 * node that crashed or lost its lease leaves nothing half-done, and whoever takes the job over
 * carries on with the files still pending. A file that fails is marked with its reason and the
 * job goes on.
 */
@Service
public class RunningImports {

    /** What an archive of scans may hold. */
    static final List<String> PAGES = List.of("image/tiff", "image/jpeg", "image/png", "application/pdf");
    private static final Logger log = LoggerFactory.getLogger(RunningImports.class);

    private final ImportJobs jobs;
    private final Documents documents;
    private final DocumentsProperties properties;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final String node = "node-" + UUID.randomUUID().toString().substring(0, 8);

    RunningImports(ImportJobs jobs, Documents documents, DocumentsProperties properties, Clock clock,
                   PlatformTransactionManager transactions) {
        this.jobs = jobs;
        this.documents = documents;
        this.properties = properties;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${nafitha.documents.imports.poll-every:2s}", initialDelayString = "5s")
    void onSchedule() {
        runOnce(Duration.ofSeconds(20));
    }

    /** Works every job it can claim, for about {@code budget}; returns the files it finished. */
    public int runOnce(Duration budget) {
        var until = clock.instant().plus(budget);
        int done = 0;
        for (var id : jobs.runnable(clock.instant(), 5)) {
            done += work(id, node, Integer.MAX_VALUE, until);
        }
        return done;
    }

    /**
     * Works one job as {@code worker}, at most {@code maxFiles} files or until {@code until}.
     * Returns how many files it finished; 0 when another node holds the job.
     */
    public int work(UUID id, String worker, int maxFiles, Instant until) {
        var job = jobs.find(id).orElse(null);
        if (job == null || !reachable(job)
                || !Boolean.TRUE.equals(tx.execute(s -> jobs.claim(id, worker, clock.instant(), leaseEnd())))) {
            return 0;
        }
        int done = 0;
        try (var source = open(job)) {
            while (done < maxFiles && clock.instant().isBefore(until)) {
                var batch = jobs.pending(id, Math.min(properties.imports().batch(), maxFiles - done));
                if (batch.isEmpty()) {
                    tx.executeWithoutResult(s -> {
                        if (jobs.complete(id, worker, clock.instant())) cleanUp(job);
                    });
                    break;
                }
                for (var file : batch) {
                    var result = importOne(id, worker, source, file);
                    if (result == null) return done;
                    done++;
                }
            }
        } catch (IOException e) {
            log.warn("Import {} cannot open its source {}: {}", id, job.sourcePath(), e.toString());
            tx.executeWithoutResult(s -> jobs.fail(id, ImportProblem.READ_FAILED, e.getMessage(), clock.instant()));
        }
        return done;
    }

    /**
     * Whether this node can read the job's source. An uploaded ZIP waits on the disk of the node that
     * received it, and a folder lies under this node's import root (a shared mount in a cluster): a
     * node that cannot see the source leaves the job to one that can, instead of failing it for
     * everyone (ops/cluster: two nodes of three failed every ZIP they claimed).
     */
    private static boolean reachable(ImportJobs.Job job) {
        return Files.exists(Path.of(job.sourcePath()));
    }

    /** One file, start to end; null when the lease was lost (then nothing of it is kept). */
    private ImportJobs.@Nullable FileStatus importOne(UUID id, String worker, ImportSource source, ImportJobs.Pending file) {
        var limits = properties.imports();
        var used = jobs.find(id).map(ImportJobs.Job::unpackedBytes).orElse(0L);
        long left = limits.maxTotalBytes() - used;
        ImportSource.Read read;
        try {
            read = left <= 0 ? null : source.read(file.path(), Math.min(limits.maxFileBytes(), left));
        } catch (IOException e) {
            return finish(id, worker, file, ImportJobs.FileStatus.FAILED, problem(ImportProblem.READ_FAILED), e.getMessage(), null, null, 0);
        }
        return switch (read) {
            case null -> finish(id, worker, file, ImportJobs.FileStatus.FAILED, problem(ImportProblem.ARCHIVE_TOO_LARGE), null, null, null, 0);
            case ImportSource.Read.Missing m ->
                    finish(id, worker, file, ImportJobs.FileStatus.FAILED, problem(ImportProblem.FILE_MISSING), null, null, null, 0);
            case ImportSource.Read.TooLarge t -> finish(id, worker, file, ImportJobs.FileStatus.FAILED,
                    problem(t.read() > limits.maxFileBytes() ? ImportProblem.TOO_LARGE : ImportProblem.ARCHIVE_TOO_LARGE),
                    null, null, null, t.read());
            case ImportSource.Read.Bomb b -> finish(id, worker, file, ImportJobs.FileStatus.FAILED,
                    problem(ImportProblem.ZIP_BOMB), b.packed() + " → " + b.read() + "+", null, null, b.read());
            case ImportSource.Read.Bytes(var bytes) -> store(id, worker, file, bytes);
        };
    }

    private ImportJobs.@Nullable FileStatus store(UUID id, String worker, ImportJobs.Pending file, byte[] bytes) {
        var sha = ContentAddress.of(bytes);
        try {
            return tx.execute(status -> {
                if (!jobs.stillHeld(id, worker, leaseEnd())) return null;
                var earlier = bytes.length == 0 ? Optional.<UUID>empty() : jobs.alreadyImported(sha, file.reference());
                var result = earlier.isPresent()
                        ? record(id, file, ImportJobs.FileStatus.DUPLICATE, null, null, sha, earlier.get(), bytes.length)
                        : stored(id, file, sha, bytes);
                if (result == null) status.setRollbackOnly();
                return result;
            });
        } catch (RuntimeException e) {
            // A fault of ours (disk full, database gone) for this file only: reported, the job goes on.
            log.warn("Import {} could not store {}: {}", id, file.path(), e.toString());
            return finish(id, worker, file, ImportJobs.FileStatus.FAILED, problem(ImportProblem.STORE_FAILED),
                    e.getClass().getSimpleName(), sha, null, bytes.length);
        }
    }

    private ImportJobs.@Nullable FileStatus stored(UUID id, ImportJobs.Pending file, String sha, byte[] bytes) {
        var filing = new Filing(file.department(), Classification.valueOf(file.classification()), file.date(),
                file.reference(), file.title(), Filing.Source.BULK_IMPORT);
        var job = jobs.find(id).orElseThrow();
        var outcome = documents.store(new Upload(file.kind() == null ? "scan" : file.kind(),
                file.path().substring(file.path().lastIndexOf('/') + 1), bytes,
                file.personId() == null ? "" : file.personId(), job.createdBy(), PAGES,
                properties.imports().maxFileBytes(), filing));
        return switch (outcome) {
            case UploadOutcome.Stored s -> record(id, file, ImportJobs.FileStatus.STORED, null, null, sha,
                    s.document().id(), bytes.length);
            case UploadOutcome.Refused r -> record(id, file, ImportJobs.FileStatus.FAILED, "refused." + r.reason().name(),
                    r.detectedType().isEmpty() ? null : r.detectedType(), sha, null, bytes.length);
        };
    }

    private ImportJobs.@Nullable FileStatus record(UUID id, ImportJobs.Pending file, ImportJobs.FileStatus status,
                                                   @Nullable String error, @Nullable String detail, @Nullable String sha,
                                                   @Nullable UUID document, long unpacked) {
        return jobs.finish(id, file.path(), status, error, detail, sha, document, unpacked, clock.instant()) ? status : null;
    }

    private ImportJobs.@Nullable FileStatus finish(UUID id, String worker, ImportJobs.Pending file,
                                                   ImportJobs.FileStatus status, String error, @Nullable String detail,
                                                   @Nullable String sha, @Nullable UUID document, long unpacked) {
        return tx.execute(s -> {
            if (!jobs.stillHeld(id, worker, leaseEnd())) return null;
            var result = record(id, file, status, error, detail, sha, document, unpacked);
            if (result == null) s.setRollbackOnly();
            return result;
        });
    }

    private ImportSource open(ImportJobs.Job job) throws IOException {
        return "ZIP".equals(job.sourceKind())
                ? new ZipArchiveSource(Path.of(job.sourcePath()), properties.imports().maxRatio())
                : new FolderSource(Path.of(job.sourcePath()));
    }

    private void cleanUp(ImportJobs.Job job) {
        if (!"ZIP".equals(job.sourceKind())) return;
        try {
            Files.deleteIfExists(Path.of(job.sourcePath()));
        } catch (IOException e) {
            log.warn("Could not remove the finished import archive {}: {}", job.sourcePath(), e.toString());
        }
    }

    private Instant leaseEnd() {
        return clock.instant().plus(properties.imports().lease());
    }

    private static String problem(ImportProblem problem) {
        return "import.problem." + problem.name();
    }
}
