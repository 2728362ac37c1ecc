package org.nafitha.documents.importing;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.nafitha.documents.DocumentsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import java.time.Instant;

/**
 * Imports the planned files in the background. Any node may work a job while it holds the job's
 * lease; each file is stored and marked done in one transaction that also renews the lease, so a
 * node that crashed or lost its lease leaves nothing half-done, and whoever takes the job over
 * carries on with the files still pending. A file that fails is marked with its reason and the
 * job goes on ({@link FileImport}).
 */
@Service
public class RunningImports {

    private static final Logger log = LoggerFactory.getLogger(RunningImports.class);

    private final ImportJobs jobs;
    private final ImportFiles files;
    private final ImportLeases leases;
    private final FileImport fileImport;
    private final DocumentsProperties properties;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final String node = "node-" + UUID.randomUUID().toString().substring(0, 8);

    RunningImports(ImportJobs jobs, ImportFiles files, ImportLeases leases, FileImport fileImport,
                   DocumentsProperties properties, Clock clock, PlatformTransactionManager transactions) {
        this.jobs = jobs;
        this.files = files;
        this.leases = leases;
        this.fileImport = fileImport;
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
        for (var id : leases.runnable(clock.instant(), 5)) {
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
        if (job == null || !ImportSources.reachable(job)
                || !Boolean.TRUE.equals(tx.execute(s -> leases.claim(id, worker, clock.instant(), leases.end())))) {
            return 0;
        }
        int done = 0;
        try (var source = ImportSources.open(job, properties.imports().maxRatio())) {
            while (done < maxFiles && clock.instant().isBefore(until)) {
                var batch = files.pending(id, Math.min(properties.imports().batch(), maxFiles - done));
                if (batch.isEmpty()) {
                    tx.executeWithoutResult(s -> {
                        if (leases.complete(id, worker, clock.instant())) ImportSources.cleanUp(job);
                    });
                    break;
                }
                for (var file : batch) {
                    var result = fileImport.importOne(id, worker, source, file);
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
}
