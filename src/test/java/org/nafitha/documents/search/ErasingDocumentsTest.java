package org.nafitha.documents.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.NafithaTest;
import org.nafitha.TestClock;
import org.nafitha.documents.Documents;
import org.nafitha.documents.SampleFiles;
import org.nafitha.documents.StoredDocument;
import org.nafitha.documents.Upload;
import org.nafitha.documents.UploadOutcome;
import org.nafitha.documents.internal.ContentStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Erasing a document at the end of its retention: its row and text go, it leaves every node's index
 * (through the shared journal), its bytes leave the store — unless another document holds the same
 * bytes, which stays readable — and the erasure is audited once.
 */
@NafithaTest
class ErasingDocumentsTest {

    @Autowired
    Documents documents;
    @Autowired
    ContentStore store;
    @Autowired
    ArchiveRecords records;
    @Autowired
    IndexJournal journal;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    @Test
    void anErasedDocumentLeavesTheIndexOfEveryNodeAndItsBytesLeaveTheStoreOnceNothingElseHoldsThem(@TempDir Path dir)
            throws IOException {
        var words = "Erasure" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var pdf = SampleFiles.pdf(words);
        var first = store(pdf);
        var copy = store(pdf);
        assertThat(copy.sha256()).as("the same bytes, one object in the store").isEqualTo(first.sha256());
        var backend = new LuceneBackend(new ArchiveIndex(dir));
        var otherNode = new IndexCatchUp(journal, new ArchiveIndexing(backend, records, journal), backend, clock);
        otherNode.catchUp();
        assertThat(has(backend, first.id())).isTrue();
        assertThat(has(backend, copy.id())).isTrue();

        assertThat(documents.erase(first.id(), "archivist1", "retention")).isTrue();
        assertThat(documents.find(first.id())).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM document_pages WHERE document_id = :d").param("d", first.id())
                .query(Long.class).single()).isZero();
        await().atMost(Duration.ofSeconds(20)).until(() -> journalled(first.id()) >= 3);
        otherNode.catchUp();
        assertThat(has(backend, first.id())).as("the erased document left the other node's index").isFalse();
        assertThat(has(backend, copy.id())).isTrue();
        assertThat(documents.contentForProcessing(copy.id())).as("the copy's bytes are kept").isPresent();

        assertThat(documents.erase(copy.id(), "archivist1", "retention")).isTrue();
        await().atMost(Duration.ofSeconds(20)).until(() -> store.get(first.sha256()).isEmpty());
        assertThat(documents.erase(copy.id(), "archivist1", "retention")).as("erased already").isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'document.erased' AND reason LIKE :r")
                .param("r", "%" + first.sha256()).query(Long.class).single()).isEqualTo(2);
        backend.close();
    }

    private StoredDocument store(byte[] pdf) {
        var outcome = documents.store(new Upload("letter", "خطاب.pdf", pdf, "1000000008",
                "archivist1", List.of("application/pdf"), 5_000_000));
        var document = ((UploadOutcome.Stored) outcome).document();
        // stored, then its text read: two changes in the journal before the erasure's
        await().atMost(Duration.ofSeconds(30)).until(() -> journalled(document.id()) >= 2);
        return document;
    }

    private long journalled(UUID document) {
        return jdbc.sql("SELECT COUNT(*) FROM archive_index_journal WHERE document_id = :d").param("d", document)
                .query(Long.class).single();
    }

    private static boolean has(LuceneBackend backend, UUID document) throws IOException {
        var index = backend.index();
        var searcher = index.acquire();
        try {
            return searcher.count(new TermQuery(new Term(ArchiveIndex.ID, document.toString()))) == 1;
        } finally {
            index.release(searcher);
        }
    }
}
