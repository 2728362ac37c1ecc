package org.nafitha.documents.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.nafitha.documents.Classification;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The archive's searches and documents in Solr's JSON request API, and its answers read back into
 * {@link ArchiveResults}: the same query as {@link LuceneSearch} builds (every word in the title,
 * boosted, the pages' text or the reference; or the whole text as a reference), the same order,
 * facets and snippets. The words are the application's own analysis ({@link ArchiveAnalyzer}) sent
 * as term queries, so nothing the reader types is ever parsed as Solr syntax.
 */
final class SolrQueries {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FIELDS = String.join(",", ArchiveIndex.ID, ArchiveIndex.TITLE, ArchiveIndex.TEXT,
            ArchiveIndex.REFERENCE, ArchiveIndex.KIND, ArchiveIndex.DEPARTMENT, ArchiveIndex.YEAR,
            ArchiveIndex.CLASSIFICATION, ArchiveIndex.PERSON);
    private static final List<String> FACETS = List.of(ArchiveIndex.TYPE_FACET, ArchiveIndex.DEPARTMENT_FACET,
            ArchiveIndex.YEAR_FACET);

    private SolrQueries() {
    }

    /** A term query on {@code field}, the value taken as it is (local-params quoting). */
    static String term(String field, String value) {
        return "{!term f=" + field + " v='" + value.replace("\\", "\\\\").replace("'", "\\'") + "'}";
    }

    static ObjectNode search(ArchiveQuery query, List<String> words, Clearance clearance) {
        var body = JSON.createObjectNode();
        body.set("query", matching(query, words));
        var filters = body.putArray("filter");
        clearance.solrFilters().forEach(filters::add);
        filters(query).forEach(filters::add);
        body.put("sort", words.isEmpty() ? ArchiveIndex.ORDER + " desc, id asc" : "score desc, id asc");
        body.put("offset", (query.page() - 1) * ArchiveQuery.PAGE_SIZE);
        body.put("limit", ArchiveQuery.PAGE_SIZE);
        body.put("fields", FIELDS);
        var facets = body.putObject("facet");
        facets.set(ArchiveIndex.TYPE_FACET, terms(ArchiveIndex.KIND));
        facets.set(ArchiveIndex.DEPARTMENT_FACET, terms(ArchiveIndex.DEPARTMENT));
        facets.set(ArchiveIndex.YEAR_FACET, terms(ArchiveIndex.YEAR));
        body.set("params", Snippets.solrParams(JSON.createObjectNode()));
        return body;
    }

    private static JsonNode matching(ArchiveQuery query, List<String> words) {
        if (words.isEmpty()) return JSON.getNodeFactory().stringNode("*:*");
        var all = JSON.createObjectNode();
        var must = all.putObject("bool").putArray("must");
        for (var word : words) {
            var either = JSON.createObjectNode();
            var should = either.putObject("bool").putArray("should");
            var title = JSON.createObjectNode();
            title.putObject("boost").put("b", "2").set("query", termNode(ArchiveIndex.TITLE, word));
            should.add(title).add(termNode(ArchiveIndex.TEXT, word)).add(termNode(ArchiveIndex.REFERENCE_WORDS, word));
            must.add(either);
        }
        var root = JSON.createObjectNode();
        root.putObject("bool").putArray("should").add(all).add(termNode(ArchiveIndex.REFERENCE, query.text()));
        return root;
    }

    private static ObjectNode termNode(String field, String value) {
        var node = JSON.createObjectNode();
        node.putObject("term").put("f", field).put("query", value);
        return node;
    }

    private static ObjectNode terms(String field) {
        var node = JSON.createObjectNode();
        node.put("type", "terms").put("field", field).put("limit", LuceneSearch.FACET_VALUES).put("mincount", 1);
        return node;
    }

    private static List<String> filters(ArchiveQuery query) {
        var filters = new ArrayList<String>();
        if (query.person() != null) filters.add(term(ArchiveIndex.PERSON, query.person()));
        if (query.type() != null) filters.add(term(ArchiveIndex.KIND, query.type()));
        if (query.department() != null) filters.add(term(ArchiveIndex.DEPARTMENT, query.department()));
        if (query.year() != null) filters.add(term(ArchiveIndex.YEAR, query.year()));
        return filters;
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

    /** One archive entry as a Solr document, the fields of {@link ArchiveIndex}'s Lucene document. */
    static ObjectNode document(ArchiveEntry entry, long built) {
        var department = entry.department() == null ? ArchiveIndex.NO_DEPARTMENT : entry.department();
        var doc = JSON.createObjectNode();
        doc.put(ArchiveIndex.ID, entry.id().toString())
                .put(ArchiveIndex.TITLE, nonNull(entry.title()))
                .put(ArchiveIndex.TEXT, entry.text())
                .put(ArchiveIndex.REFERENCE, nonNull(entry.reference()).strip())
                .put(ArchiveIndex.REFERENCE_WORDS, nonNull(entry.reference()))
                .put(ArchiveIndex.PERSON, entry.person())
                .put(ArchiveIndex.KIND, entry.kind())
                .put(ArchiveIndex.DEPARTMENT, department)
                .put(ArchiveIndex.YEAR, Integer.toString(entry.year()))
                .put(ArchiveIndex.RANK, entry.classification().ordinal())
                .put(ArchiveIndex.CLASSIFICATION, entry.classification().name())
                .put(ArchiveIndex.ORDER, (long) entry.year())
                .put(SolrBackend.BUILT, built);
        return doc;
    }

    static ArrayNode array() {
        return JSON.createArrayNode();
    }

    static JsonMapper json() {
        return JSON;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
