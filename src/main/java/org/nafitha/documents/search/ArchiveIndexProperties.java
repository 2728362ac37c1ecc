package org.nafitha.documents.search;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dir     where the Lucene index lives; it can always be rebuilt from the database
 * @param reindex rebuild the index from the database at start-up ({@code --nafitha.documents.index.reindex=true})
 * @param backend {@code lucene} (default: an index on each node's disk) or {@code solr} (one SolrCloud
 *                collection shared by the cluster's nodes)
 * @param solr    where the SolrCloud is, for the {@code solr} backend
 */
@ConfigurationProperties("nafitha.documents.index")
public record ArchiveIndexProperties(Path dir, boolean reindex, Backend backend, Solr solr) {

    public enum Backend { LUCENE, SOLR }

    /**
     * @param urls       base URLs of Solr nodes ({@code http://host:8983/solr}); any node answers for the
     *                   collection, the next is tried when one is down
     * @param collection the archive's collection, created with the configset under src/main/resources/solr/archive
     * @param timeout    for one request
     */
    public record Solr(List<URI> urls, String collection, Duration timeout) {

        public Solr {
            urls = urls == null ? List.of() : List.copyOf(urls);
            if (collection == null || collection.isBlank()) collection = "archive";
            if (timeout == null) timeout = Duration.ofSeconds(10);
        }
    }

    public ArchiveIndexProperties(@Nullable Path dir, boolean reindex, @Nullable Backend backend, @Nullable Solr solr) {
        this.dir = dir == null ? Path.of("data", "index") : dir;
        this.reindex = reindex;
        this.backend = backend == null ? Backend.LUCENE : backend;
        this.solr = solr == null ? new Solr(null, null, null) : solr;
    }
}
