package org.nafitha.documents.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nafitha.NafithaApplication;
import org.nafitha.NafithaTest;
import org.nafitha.documents.Classification;
import org.nafitha.documents.Documents;
import org.nafitha.documents.S3Server;
import org.nafitha.documents.SampleFiles;
import org.nafitha.documents.Upload;
import org.nafitha.documents.UploadOutcome;
import org.nafitha.operations.RateLimits;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two application nodes in one test, as a cluster runs them: this test's context is node A, a
 * second whole application started beside it is node B, both on the same database (PostgreSQL with
 * {@code CI=true}), the same S3-compatible object store and the same two-node SolrCloud. What is
 * stored through A is found through B; a change Solr missed is caught up from the journal; the
 * rate limits count one allowance across both nodes.
 */
@NafithaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTest {

    static final Clearance ARCHIVIST = new Clearance(Classification.CONFIDENTIAL, true, null);
    static final String COLLECTION = "archive-nodes";
    /** Two rounds of the journal's catch-up (every two seconds) and a margin. */
    static final Duration CATCH_UP_ROUNDS = Duration.ofSeconds(5);

    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry registry) {
        shared().forEach((key, value) -> registry.add(key, () -> value));
    }

    static Map<String, Object> shared() {
        var properties = new HashMap<String, Object>();
        properties.put("nafitha.documents.store", "s3");
        properties.put("nafitha.documents.s3.endpoint", S3Server.endpoint().toString());
        properties.put("nafitha.documents.s3.bucket", "nafitha-two-nodes");
        properties.put("nafitha.documents.s3.access-key", S3Server.ACCESS_KEY);
        properties.put("nafitha.documents.s3.secret-key", S3Server.SECRET_KEY);
        properties.put("nafitha.documents.index.backend", "solr");
        properties.put("nafitha.documents.index.solr.urls", SolrServer.urlSetting());
        properties.put("nafitha.documents.index.solr.collection", SolrServer.collection(COLLECTION));
        return properties;
    }

    @Autowired
    Documents documents;
    @Autowired
    RateLimits limitsOnA;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IndexJournal journal;

    ConfigurableApplicationContext nodeB;
    ArchiveSearch searchOnB;

    @BeforeAll
    void startNodeB() {
        var properties = new HashMap<>(shared());
        properties.put("server.port", "0");
        properties.put("nafitha.documents.index.dir", "target/archive-index/node-b-" + UUID.randomUUID());
        // As command-line arguments: default properties would lose to application.yml's own values.
        var args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        nodeB = new SpringApplicationBuilder(NafithaApplication.class).profiles("demo").run(args);
        searchOnB = nodeB.getBean(ArchiveSearch.class);
        assertThat(nodeB.getBean(SearchBackend.class)).as("B searches the shared collection").isInstanceOf(SolrBackend.class);
        assertThat(nodeB.getEnvironment().getProperty("nafitha.documents.store")).isEqualTo("s3");
    }

    @AfterAll
    void stopNodeB() {
        if (nodeB != null) nodeB.close();
    }

    @Test
    void aDocumentStoredThroughOneNodeIsFoundThroughTheOther() {
        var word = "Appointment" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var started = System.nanoTime();
        var id = store("Letter of " + word + " for the ministry");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> ids(searchOnB.search(ArchiveQuery.of("", "1000000008", "letter", null, null, 1), ARCHIVIST))
                        .contains(id));
        var filed = (System.nanoTime() - started) / 1_000_000;
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> ids(searchOnB.search(ArchiveQuery.text(word), ARCHIVIST)).contains(id));
        var read = (System.nanoTime() - started) / 1_000_000;
        LoggerFactory.getLogger(TwoNodesTest.class).info("two nodes: stored through node A, found through node B "
                + "by its filing in {} ms and by its text in {} ms", filed, read);
    }

    @Test
    void aChangeSolrMissedIsCaughtUpFromTheJournal() throws Exception {
        var word = "Transfer" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        // Twenty letters and more besides the random word: the PDF keeps its own text layer. "Deed of Transfer…"
        // alone had fewer, so it was read by OCR, which now and then misread a random hex digit (0/O, 1/l) and the
        // exact word was never found: the test's flake, not the catch-up's.
        var id = store("Deed of " + word + " kept in the ministry archive");
        var byPerson = ArchiveQuery.of("", "1000000008", "letter", null, null, 1);
        await().atMost(Duration.ofSeconds(60)).until(() -> ids(searchOnB.search(ArchiveQuery.text(word), ARCHIVIST))
                .contains(id));
        // Both changes (stored, text read) are in the journal; a few catch-up rounds have written them again.
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM archive_index_journal WHERE document_id = :d").param("d", id).query(Long.class).single() >= 2);
        Thread.sleep(CATCH_UP_ROUNDS.toMillis());
        // Solr loses the document (as if it was away when the node wrote it); the journal still has its change.
        deleteFromSolr(id);
        assertThat(ids(searchOnB.search(byPerson, ARCHIVIST))).doesNotContain(id);
        var missed = System.nanoTime();
        journal.changed(id);
        // Whichever node holds the catch-up lease writes it again, within a few rounds of two seconds.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> ids(searchOnB.search(byPerson, ARCHIVIST)).contains(id));
        LoggerFactory.getLogger(TwoNodesTest.class).info("two nodes: a change Solr missed was caught up from the "
                + "journal in {} ms", (System.nanoTime() - missed) / 1_000_000);
    }

    @Test
    void theRateLimitsCountOneAllowanceAcrossBothNodes() {
        var limitsOnB = nodeB.getBean(RateLimits.class);
        var key = "two-nodes:" + UUID.randomUUID();
        var per = Duration.ofHours(1);
        assertThat(limitsOnA.tryTake(key, 3, per)).isTrue();
        assertThat(limitsOnB.tryTake(key, 3, per)).isTrue();
        assertThat(limitsOnA.tryTake(key, 3, per)).isTrue();
        assertThat(limitsOnB.tryTake(key, 3, per)).as("the third token was taken on A").isFalse();
        assertThat(limitsOnA.tryTake(key, 3, per)).isFalse();
    }

    private UUID store(String words) {
        var outcome = documents.store(new Upload("letter", "خطاب.pdf", SampleFiles.pdf(words), "1000000008",
                "archivist1", List.of("application/pdf"), 5_000_000));
        return ((UploadOutcome.Stored) outcome).document().id();
    }

    private static void deleteFromSolr(UUID id) throws Exception {
        var url = SolrServer.urls().getLast() + "/" + COLLECTION + "/update?commit=true";
        try (var client = HttpClient.newHttpClient()) {
            var response = client.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"delete\":{\"id\":\"" + id + "\"}}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
        }
    }

    private static List<UUID> ids(ArchiveResults results) {
        return results.hits().stream().map(ArchiveResults.Hit::id).toList();
    }
}
