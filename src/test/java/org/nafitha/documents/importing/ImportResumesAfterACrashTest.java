package org.nafitha.documents.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.nafitha.NafithaTest;
import org.nafitha.documents.SampleFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A node imports part of an archive and dies. Once its lease runs out another node carries on with
 * the files still pending; nothing is imported twice, and importing the same archive again only
 * finds what is already there.
 */
@NafithaTest
class ImportResumesAfterACrashTest {

    private static final String CRASHED = "node-that-crashed";

    @Autowired
    StartingImports starting;
    @Autowired
    RunningImports running;
    @Autowired
    ImportJobs jobs;
    @Autowired
    ImportLeases leases;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anotherNodeFinishesTheJobAfterACrashWithoutImportingAnyFileTwice() {
        var archive = new ScanArchive();
        for (int i = 1; i <= 7; i++) {
            archive.file("batch/page-" + i + ".png", SampleFiles.scan("png", 200 + i), "civil-record", "civil-status",
                    "1000000016", "2003-04-0" + i, "RESUME-" + i, "سجل مدني رقم " + i);
        }
        // Started and leased to the node that will crash, in one transaction: no other node sees it free.
        var id = new TransactionTemplate(transactions).execute(s -> {
            var job = starting.fromZip(archive.zip(), "سجلات.zip", "archivist1", "ARCHIVIST");
            assertThat(leases.claim(job, CRASHED, clock.instant(), clock.instant().plus(Duration.ofHours(1)))).isTrue();
            return job;
        });

        assertThat(running.work(id, CRASHED, 3, Instant.MAX)).isEqualTo(3);
        assertThat(running.runOnce(Duration.ofSeconds(5))).as("the job is leased to the crashed node").isZero();
        assertThat(jobs.progress(id).of(ImportJobs.FileStatus.STORED)).isEqualTo(3);

        // The node dies; its lease runs out.
        jdbc.sql("UPDATE document_imports SET lease_until = :past WHERE id = :id")
                .param("past", Timestamp.from(Instant.parse("2000-01-01T00:00:00Z"))).param("id", id).update();
        assertThat(running.work(id, CRASHED, 1, Instant.MAX)).as("a node past its lease takes the job anew").isEqualTo(1);
        jdbc.sql("UPDATE document_imports SET lease_until = :past WHERE id = :id")
                .param("past", Timestamp.from(Instant.parse("2000-01-01T00:00:00Z"))).param("id", id).update();
        awaitDone(id);

        assertThat(jobs.progress(id).of(ImportJobs.FileStatus.STORED)).isEqualTo(7);
        assertThat(documentsWithReferencePrefix()).isEqualTo(7);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT reference) FROM documents WHERE reference LIKE 'RESUME-%'")
                .query(Integer.class).single()).isEqualTo(7);

        var again = starting.fromZip(archive.zip(), "سجلات-مرة-أخرى.zip", "archivist1", "ARCHIVIST");
        awaitDone(again);
        assertThat(jobs.progress(again).of(ImportJobs.FileStatus.DUPLICATE)).isEqualTo(7);
        assertThat(documentsWithReferencePrefix()).isEqualTo(7);
    }

    @Test
    void aNodeWithoutTheLeaseImportsNothing() {
        var archive = new ScanArchive().file("one.png", SampleFiles.scan("png", 250), "civil-record", "civil-status",
                "1000000016", "2003-05-01", "LEASE-1", "سجل");
        var id = new TransactionTemplate(transactions).execute(s -> {
            var job = starting.fromZip(archive.zip(), "one.zip", "archivist1", "ARCHIVIST");
            leases.claim(job, "node-b", clock.instant(), clock.instant().plus(Duration.ofHours(1)));
            return job;
        });
        assertThat(running.work(id, CRASHED, 10, Instant.MAX)).isZero();
        assertThat(jobs.progress(id).of(ImportJobs.FileStatus.PENDING)).isEqualTo(1);
        jdbc.sql("UPDATE document_imports SET lease_until = :past WHERE id = :id")
                .param("past", Timestamp.from(Instant.parse("2000-01-01T00:00:00Z"))).param("id", id).update();
        awaitDone(id);
    }

    @Test
    void aNodeThatCannotSeeTheUploadedArchiveLeavesTheJobToTheNodeThatReceivedIt() throws Exception {
        var archive = new ScanArchive().file("elsewhere.png", SampleFiles.scan("png", 251), "civil-record",
                "civil-status", "1000000016", "2003-05-02", "ELSEWHERE-1", "سجل");
        var id = new TransactionTemplate(transactions).execute(s -> {
            var job = starting.fromZip(archive.zip(), "elsewhere.zip", "archivist1", "ARCHIVIST");
            leases.claim(job, "node-b", clock.instant(), clock.instant().plus(Duration.ofHours(1)));
            return job;
        });
        var zip = Path.of(jobs.find(id).orElseThrow().sourcePath());
        var aside = zip.resolveSibling(zip.getFileName() + ".on-node-a");
        Files.move(zip, aside);   // as another node sees it: the upload is on node A's disk, not here
        try {
            jdbc.sql("UPDATE document_imports SET lease_owner = NULL, lease_until = NULL, status = 'QUEUED' WHERE id = :id")
                    .param("id", id).update();
            assertThat(running.work(id, CRASHED, 10, Instant.MAX)).isZero();
            var job = jobs.find(id).orElseThrow();
            assertThat(job.status()).as("left for the node that has the file, not failed").isEqualTo(ImportJobs.Status.QUEUED);
        } finally {
            Files.move(aside, zip);
        }
        awaitDone(id);
        assertThat(jobs.progress(id).of(ImportJobs.FileStatus.STORED)).isEqualTo(1);
    }

    @Test
    void nodesRacingForTheSameJobImportEachFileOnce() throws Exception {
        var archive = new ScanArchive();
        for (int i = 1; i <= 6; i++) {
            archive.file("race/page-" + i + ".png", SampleFiles.scan("png", 260 + i), "civil-record", "civil-status",
                    "1000000008", "2004-01-0" + i, "RACE-" + i, "سجل " + i);
        }
        var id = starting.fromZip(archive.zip(), "سباق.zip", "archivist1", "ARCHIVIST");
        try (var pool = Executors.newFixedThreadPool(3)) {
            var start = new CountDownLatch(1);
            var results = new ArrayList<Future<Integer>>();
            for (var node : new String[]{"node-x", "node-y", "node-z"}) {
                results.add(pool.submit(() -> {
                    start.await();
                    return running.work(id, node, Integer.MAX_VALUE, Instant.MAX);
                }));
            }
            start.countDown();
            for (var result : results) result.get();
        }
        awaitDone(id);
        assertThat(jobs.progress(id).of(ImportJobs.FileStatus.STORED)).isEqualTo(6);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM documents WHERE reference LIKE 'RACE-%'").query(Integer.class).single())
                .isEqualTo(6);
    }

    private int documentsWithReferencePrefix() {
        return jdbc.sql("SELECT COUNT(*) FROM documents WHERE reference LIKE 'RESUME-%'").query(Integer.class).single();
    }

    private void awaitDone(UUID id) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            running.runOnce(Duration.ofSeconds(5));
            return jobs.find(id).orElseThrow().status() == ImportJobs.Status.DONE;
        });
    }
}
