package org.nafitha.documents.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every archive search test of {@link ArchiveSearchTest}, run again with the whole application on
 * the SolrCloud backend ({@code nafitha.documents.index.backend=solr}): OCR'd scans reach the shared
 * collection through the same events, and are found, counted, faceted and highlighted the same way.
 */
class SolrArchiveSearchTest extends ArchiveSearchTest {

    @DynamicPropertySource
    static void solr(DynamicPropertyRegistry registry) {
        registry.add("nafitha.documents.index.backend", () -> "solr");
        registry.add("nafitha.documents.index.solr.urls", SolrServer::urlSetting);
        registry.add("nafitha.documents.index.solr.collection", () -> SolrServer.collection("archive-app"));
    }

    @Autowired
    SearchBackend backend;

    @Test
    void theApplicationSearchesTheSharedCollection() {
        assertThat(backend).isInstanceOf(SolrBackend.class);
        assertThat(backend.shared()).isTrue();
    }
}
