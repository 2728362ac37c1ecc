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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.NafithaTest;
import org.nafitha.TestClock;
import org.nafitha.documents.Documents;
import org.nafitha.documents.SampleFiles;
import org.nafitha.documents.Upload;
import org.nafitha.documents.UploadOutcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each node keeps its own index; a document stored through this node (A) is found through another
 * node (C) once C has caught up with the shared journal, and C, stopped meanwhile, catches up from
 * where its index stood when it returns.
 */
@NafithaTest
class SearchAcrossNodesTest {

    @Autowired
    Documents documents;
    @Autowired
    ArchiveRecords records;
    @Autowired
    IndexJournal journal;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private record Node(ArchiveIndex index, IndexCatchUp catchUp) {

        boolean has(UUID document) throws IOException {
            var searcher = index.acquire();
            try {
                return searcher.count(new TermQuery(new Term(ArchiveIndex.ID, document.toString()))) == 1;
            } finally {
                index.release(searcher);
            }
        }
    }

    private Node node(Path dir) throws IOException {
        var backend = new LuceneBackend(new ArchiveIndex(dir));
        return new Node(backend.index(),
                new IndexCatchUp(journal, new ArchiveIndexing(backend, records, journal), backend, clock));
    }

    private UUID storeThroughA(String words) {
        var outcome = documents.store(new Upload("letter", "خطاب.pdf", SampleFiles.pdf(words), "1000000008",
                "archivist1", List.of("application/pdf"), 5_000_000));
        var id = ((UploadOutcome.Stored) outcome).document().id();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM archive_index_journal WHERE document_id = :d").param("d", id).query(Long.class).single() > 0);
        return id;
    }

    @Test
    void aDocumentStoredThroughOneNodeIsFoundThroughAnotherAndANodeThatWasDownCatchesUp(@TempDir Path dir)
            throws IOException {
        var c = node(dir);
        var first = storeThroughA("Letter of appointment " + UUID.randomUUID());
        assertThat(c.has(first)).isFalse();
        c.catchUp().catchUp();
        assertThat(c.has(first)).as("found through node C").isTrue();

        clock.advance(IndexCatchUp.SETTLE.plusSeconds(5));
        c.catchUp().catchUp();
        var position = c.index().journal();
        assertThat(position).as("C's index records how far it is").isGreaterThan(0);
        c.index().close();

        clock.reset();
        var second = storeThroughA("Transfer of ownership " + UUID.randomUUID());
        var back = node(dir);
        assertThat(back.index().journal()).as("the position survived the restart").isEqualTo(position);
        assertThat(back.has(second)).isFalse();
        assertThat(back.catchUp().catchUp()).as("only what it missed").isGreaterThanOrEqualTo(1);
        assertThat(back.has(second)).as("caught up after its return").isTrue();
        assertThat(back.has(first)).isTrue();
        back.index().close();
    }
}
