package org.nafitha.documents.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.nafitha.documents.Classification;
import tools.jackson.databind.JsonNode;

/** Solr's answers to {@link SolrQueries}' searches, read back into {@link ArchiveResults}. */
final class SolrAnswers {

    private static final List<String> FACETS = List.of(ArchiveIndex.TYPE_FACET, ArchiveIndex.DEPARTMENT_FACET,
            ArchiveIndex.YEAR_FACET);

    private SolrAnswers() {
    }

    static ArchiveResults results(ArchiveQuery query, JsonNode answer) {
        var response = answer.path("response");
        var highlighting = answer.path("highlighting");
        var hits = new ArrayList<ArchiveResults.Hit>();
        for (var doc : response.path("docs")) {
            var id = doc.path(ArchiveIndex.ID).asString();
            hits.add(new ArchiveResults.Hit(UUID.fromString(id), text(doc, ArchiveIndex.TITLE),
                    text(doc, ArchiveIndex.REFERENCE), text(doc, ArchiveIndex.KIND), text(doc, ArchiveIndex.DEPARTMENT),
                    text(doc, ArchiveIndex.YEAR), Classification.valueOf(text(doc, ArchiveIndex.CLASSIFICATION)),
                    text(doc, ArchiveIndex.PERSON),
                    Snippets.of(highlighting.path(id).path(ArchiveIndex.TEXT), text(doc, ArchiveIndex.TEXT))));
        }
        var facets = new LinkedHashMap<String, List<ArchiveResults.FacetCount>>();
        for (var dim : FACETS) {
            var counts = new ArrayList<ArchiveResults.FacetCount>();
            for (var bucket : answer.path("facets").path(dim).path("buckets")) {
                counts.add(new ArchiveResults.FacetCount(bucket.path("val").asString(), bucket.path("count").asLong()));
            }
            facets.put(dim, List.copyOf(counts));
        }
        return new ArchiveResults(response.path("numFound").asLong(), query.page(), hits, facets);
    }

    private static String text(JsonNode doc, String field) {
        var value = doc.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asString();
    }
}
