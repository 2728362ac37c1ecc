package org.nafitha.documents.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.nafitha.NafithaTest;
import org.nafitha.documents.DocumentsProperties;
import org.nafitha.documents.SampleFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A scanning bureau's archive, good files and every kind of bad one mixed: the good ones land in
 * the archive with their filing, each bad one gets its own clear reason, and nothing stops the job.
 */
@NafithaTest
class BulkImportTest {

    @Autowired
    StartingImports starting;
    @Autowired
    RunningImports running;
    @Autowired
    ImportJobs jobs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DocumentsProperties properties;

    @Test
    void goodFilesLandWithTheirFilingAndEachBadFileHasItsOwnReason() {
        var bomb = new byte[24 * 1024 * 1024];
        var archive = new ScanArchive()
                .file("scans/birth-001.png", SampleFiles.scan("png", 101), "birth-certificate", "civil-status",
                        "١٠٠٠٠٠٠٠٠٨", "٢٠١٩-٠٣-٠٧", "CS-2019-0001", "شهادة ميلاد سعد أحمد الزهراني")
                .file("scans/deed-002.tif", SampleFiles.scan("tiff", 102), "property-deed", "civil-status",
                        "1000000016", "2011-11-20", "CS-2011-0002", "صك ملكية أرض في حي النرجس")
                .file("scans/licence-003.jpg", SampleFiles.jpegWithExif(), "driving-licence", "traffic",
                        "2000000006", "2020/01/15", "TR-2020-0003", "رخصة قيادة خاصة")
                .file("scans/letter-004.pdf", SampleFiles.pdf("Letter 4 from the civil register"), "letter", "civil-status",
                        "1000000008", "2015-06-01", "CS-2015-0004", "خطاب إدارة الأحوال المدنية")
                .file("bad/renamed.jpg", SampleFiles.pdf("renamed pdf"), "letter", "traffic", "1000000008", "2015-06-02",
                        "BAD-1", "خطاب بامتداد خاطئ")
                .file("bad/polyglot.pdf", SampleFiles.pdfZipPolyglot(), "letter", "traffic", "1000000008", "2015-06-03",
                        "BAD-2", "ملف مزدوج")
                .file("bad/locked.pdf", SampleFiles.encryptedPdf(), "letter", "traffic", "1000000008", "2015-06-04",
                        "BAD-3", "ملف محمي بكلمة مرور")
                .file("bad/bomb.tif", bomb, "letter", "traffic", "1000000008", "2015-06-05", "BAD-4", "قنبلة ضغط")
                .file("bad/empty.png", new byte[0], "letter", "traffic", "1000000008", "2015-06-06", "BAD-5", "ملف فارغ")
                .file("bad/broken.tif", SampleFiles.unreadableTiff(), "letter", "traffic", "1000000008", "2015-06-07",
                        "BAD-6", "صورة تالفة")
                .file("bad/bad-date.png", SampleFiles.scan("png", 107), "letter", "traffic", "1000000008", "07-06-2015",
                        "BAD-7", "تاريخ غير صحيح")
                .stray("../escape.png", SampleFiles.scan("png", 108))
                .line("../../etc/passwd,letter,traffic,1000000008,2015-06-08,BAD-8,INTERNAL,مسار خارج الأرشيف")
                .line("bad/short.png,letter")
                .line("bad/missing.png,letter,traffic,1000000008,2015-06-09,BAD-9,INTERNAL,غير موجود");

        var id = starting.fromZip(archive.zip(), "دفعة-الأحوال-المدنية.zip", "archivist1", "ARCHIVIST");
        awaitDone(id);

        var progress = jobs.progress(id);
        assertThat(progress.of(ImportJobs.FileStatus.STORED)).isEqualTo(4);
        assertThat(progress.of(ImportJobs.FileStatus.PENDING)).isZero();
        var errors = jobs.errors(id, 100).stream().collect(Collectors.toMap(ImportJobs.FileError::path, ImportJobs.FileError::error));
        assertThat(errors).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("bad/renamed.jpg", "refused.EXTENSION_MISMATCH"),
                Map.entry("bad/polyglot.pdf", "refused.POLYGLOT"),
                Map.entry("bad/locked.pdf", "refused.ENCRYPTED"),
                Map.entry("bad/bomb.tif", "import.problem.ZIP_BOMB"),
                Map.entry("bad/empty.png", "refused.EMPTY"),
                Map.entry("bad/broken.tif", "refused.UNREADABLE"),
                Map.entry("bad/bad-date.png", "import.problem.BAD_DATE"),
                Map.entry("../escape.png", "import.problem.PATH_UNSAFE"),
                Map.entry("../../etc/passwd", "import.problem.PATH_UNSAFE"),
                Map.entry("bad/short.png", "import.problem.MISSING_COLUMNS"),
                Map.entry("bad/missing.png", "import.problem.FILE_MISSING")));

        var birth = jdbc.sql("""
                        SELECT d.department, d.classification, d.document_date, d.title, d.source, d.owner, d.kind, d.media_type
                        FROM documents d JOIN document_import_files f ON f.document_id = d.id
                        WHERE f.import_id = :id AND f.path = 'scans/birth-001.png'""")
                .param("id", id).query().singleRow();
        assertThat(birth).containsEntry("department", "civil-status").containsEntry("classification", "INTERNAL")
                .containsEntry("title", "شهادة ميلاد سعد أحمد الزهراني").containsEntry("source", "BULK_IMPORT")
                .containsEntry("owner", "1000000008").containsEntry("kind", "birth-certificate")
                .containsEntry("media_type", "image/png");
        assertThat(jdbc.sql("SELECT document_date FROM documents WHERE reference = 'CS-2019-0001'")
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2019, 3, 7));
        assertThat(Files.exists(properties.importWorkDir().resolve(id + ".zip"))).isFalse();
    }

    @Test
    void aCsvWithoutItsRequiredColumnsStopsTheImportWithTheColumnsNamed() {
        var archive = new ScanArchive().stray("scan.png", SampleFiles.scan("png", 120));
        var id = starting.fromZip(archive.zip("file,type,date\nscan.png,letter,2020-01-01\n"), "ناقص.zip",
                "archivist1", "ARCHIVIST");

        var job = jobs.find(id).orElseThrow();
        assertThat(job.status()).isEqualTo(ImportJobs.Status.FAILED);
        assertThat(job.problem()).isEqualTo("CSV_MISSING_COLUMNS");
        assertThat(job.problemDetail()).isEqualTo("department, person_id, reference");
        assertThat(Files.exists(properties.importWorkDir().resolve(id + ".zip"))).isFalse();
    }

    @Test
    void aFolderIsImportedOnlyFromUnderTheImportRoot() throws Exception {
        var batch = properties.importRoot().resolve("2024").resolve("batch-17");
        Files.createDirectories(batch);
        Files.write(batch.resolve("page-1.png"), SampleFiles.scan("png", 131));
        Files.writeString(batch.resolve("metadata.csv"), ScanArchive.HEADER
                + "\npage-1.png,birth-certificate,civil-status,1000000016,2001-02-03,CS-2001-0131,INTERNAL,شهادة ميلاد\n",
                StandardCharsets.UTF_8);

        assertThat(starting.folderAllowed("../")).isFalse();
        assertThat(starting.folderAllowed("/etc")).isFalse();
        assertThat(starting.folderAllowed("2024/../../..")).isFalse();
        assertThat(starting.folderAllowed("2024/batch-17")).isTrue();

        var id = starting.fromFolder("2024/batch-17", "archivist1", "ARCHIVIST");
        awaitDone(id);
        assertThat(jobs.progress(id).of(ImportJobs.FileStatus.STORED)).isEqualTo(1);
    }

    @Test
    void theDemoScanningBureausBatchImportsCleanly() {
        var id = starting.fromFolder(DemoScanBatch.FOLDER, "archivist1", "ARCHIVIST");
        awaitDone(id);
        assertThat(jobs.progress(id).of(ImportJobs.FileStatus.STORED)).isEqualTo(4);
        assertThat(jobs.errors(id, 10)).isEmpty();
    }

    private void awaitDone(UUID id) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            running.runOnce(Duration.ofSeconds(5));
            return jobs.find(id).orElseThrow().status() == ImportJobs.Status.DONE;
        });
    }
}
