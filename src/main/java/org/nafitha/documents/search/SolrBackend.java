package org.nafitha.documents.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The archive's index as a SolrCloud collection that every node shares: a document is written once,
 * by the node that stored or read it, and is found through every node. Solr runs in its own JVM
 * and is reached over HTTP ({@link SolrHttp}); its schema (src/main/resources/solr/archive/conf)
 * analyses Arabic as {@link ArchiveAnalyzer} does. The journal position lives in the database
 * ({@link SearchPosition}), and one node at a time catches the collection up.
 */
final class SolrBackend implements SearchBackend {

    static final String BUILT = "built";
    private static final int BATCH = 200;
    private static final Duration LEASE = Duration.ofSeconds(15);

    private final SolrHttp solr;
    private final SearchPosition position;
    private final ArchiveAnalyzer analyzer = new ArchiveAnalyzer();
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();

    SolrBackend(SolrHttp solr, SearchPosition position, Clock clock) {
        this.solr = solr;
        this.position = position;
        this.clock = clock;
    }

    @Override
    public void put(ArchiveEntry entry) {
        solr.post("update?softCommit=true", SolrDocuments.array().add(SolrDocuments.document(entry, clock.millis())));
    }

    @Override
    public void remove(UUID id) {
        solr.post("update?softCommit=true", SolrDocuments.delete(id));
    }

    /**
     * Rewrites every document, then deletes those the rebuild did not write (no longer in the
     * database), then commits: searches never meet an empty or half-filled collection. A rebuild that
     * stops half-way leaves the documents it already rewrote, each as the database holds it.
     */
    @Override
    public int replaceAll(Consumer<Consumer<ArchiveEntry>> source) {
        var started = clock.millis();
        var batch = new ArrayNode[] {SolrDocuments.array()};
        var count = new int[1];
        source.accept(entry -> {
            batch[0].add(SolrDocuments.document(entry, clock.millis()));
            count[0]++;
            if (batch[0].size() == BATCH) {
                solr.post("update", batch[0]);
                batch[0] = SolrDocuments.array();
            }
        });
        if (!batch[0].isEmpty()) solr.post("update", batch[0]);
        solr.post("update?commit=true", SolrDocuments.deleteBuiltBefore(started));
        return count[0];
    }

    @Override
    public ArchiveResults search(ArchiveQuery query, Clearance clearance) {
        try {
            var words = analyzer.words(query.text(), ArchiveSearch.MAX_WORDS);
            var results = SolrAnswers.results(query, solr.post("select", SolrQueries.search(query, words, clearance)));
            if (results.total() == 0 && size() == 0) return ArchiveResults.EMPTY;
            return results;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long size() {
        JsonNode answer = solr.get("select?q=*:*&rows=0");
        return answer.path("response").path("numFound").asLong();
    }

    @Override
    public long journal() {
        return position.seq();
    }

    @Override
    public void journalAt(long seq) {
        position.advance(seq);
    }

    @Override
    public boolean shared() {
        return true;
    }

    @Override
    public boolean catchesUp() {
        return position.hold(node, LEASE);
    }

    @Override
    public void close() {
        solr.close();
    }
}
