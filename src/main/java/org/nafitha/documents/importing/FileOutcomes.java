package org.nafitha.documents.importing;

import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** An imported file's result, recorded once, and only by the node that still holds the job's lease. */
@Component
class FileOutcomes {

    private final ImportFiles files;
    private final ImportLeases leases;
    private final Clock clock;
    private final TransactionTemplate tx;

    FileOutcomes(ImportFiles files, ImportLeases leases, Clock clock, PlatformTransactionManager transactions) {
        this.files = files;
        this.leases = leases;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /** The file's result, in the caller's transaction; null when it had one already. */
    ImportJobs.@Nullable FileStatus record(UUID id, ImportFiles.Pending file, ImportJobs.FileStatus status,
                                                   @Nullable String error, @Nullable String detail, @Nullable String sha,
                                                   @Nullable UUID document, long unpacked) {
        return files.finish(id, file.path(), status, error, detail, sha, document, unpacked, clock.instant()) ? status : null;
    }

    /** The file's result in a transaction of its own, while {@code worker} still holds the job; otherwise null. */
    ImportJobs.@Nullable FileStatus finish(UUID id, String worker, ImportFiles.Pending file,
                                                   ImportJobs.FileStatus status, String error, @Nullable String detail,
                                                   @Nullable String sha, @Nullable UUID document, long unpacked) {
        return tx.execute(s -> {
            if (!leases.stillHeld(id, worker, leases.end())) return null;
            var result = record(id, file, status, error, detail, sha, document, unpacked);
            if (result == null) s.setRollbackOnly();
            return result;
        });
    }
}
