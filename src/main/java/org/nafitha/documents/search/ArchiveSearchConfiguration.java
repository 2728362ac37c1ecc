package org.nafitha.documents.search;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration
@EnableConfigurationProperties({ArchiveIndexProperties.class, ClearanceProperties.class})
class ArchiveSearchConfiguration {

    /** Embedded Lucene on this node's disk, or the SolrCloud collection the cluster shares. */
    @Bean(destroyMethod = "close")
    SearchBackend searchBackend(ArchiveIndexProperties properties, JdbcClient jdbc, Clock clock) throws IOException {
        if (properties.backend() == ArchiveIndexProperties.Backend.SOLR) {
            var solr = properties.solr();
            return new SolrBackend(new SolrHttp(solr.urls(), solr.collection(), solr.timeout()),
                    new SearchPosition(jdbc, clock, "solr:" + solr.collection()), clock);
        }
        Files.createDirectories(properties.dir());
        return new LuceneBackend(new ArchiveIndex(properties.dir()));
    }

    /**
     * The archive's search on the status page: the index answers a count (on SolrCloud, a query to the
     * collection). Down is {@code DEGRADED}: documents are still stored, and the journal catches the index up.
     */
    @Bean
    HealthIndicator archiveSearchHealthIndicator(SearchBackend backend) {
        return () -> {
            try {
                return Health.up().withDetail("shared", backend.shared()).withDetail("documents", backend.size()).build();
            } catch (RuntimeException e) {
                return Health.status(new Status("DEGRADED")).withDetail("reason", String.valueOf(e.getMessage())).build();
            }
        };
    }

    @Bean
    ArchiveSearch archiveSearch(SearchBackend backend) {
        return new ArchiveSearch(backend);
    }

    /**
     * The command-line way to rebuild: start with {@code --nafitha.documents.index.reindex=true}.
     * An empty index (a new machine, a deleted directory, a new Solr collection) is filled from the
     * database anyway.
     */
    @Bean
    ApplicationRunner archiveReindexOnStart(ArchiveIndexProperties properties, SearchBackend backend,
                                            ArchiveIndexing indexing) {
        return args -> {
            if (properties.reindex() || backend.size() == 0) indexing.rebuild();
        };
    }
}
