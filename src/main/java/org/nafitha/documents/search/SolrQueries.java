package org.nafitha.documents.search;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The archive's searches in Solr's JSON request API (the answers are read back by {@link SolrAnswers},
 * the documents written by {@link SolrDocuments}): the same query as {@link LuceneSearch} builds (every word in the title,
 * boosted, the pages' text or the reference; or the whole text as a reference), the same order,
 * facets and snippets. The words are the application's own analysis ({@link ArchiveAnalyzer}) sent
 * as term queries, so nothing the reader types is ever parsed as Solr syntax.
 */
final class SolrQueries {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FIELDS = String.join(",", ArchiveIndex.ID, ArchiveIndex.TITLE, ArchiveIndex.TEXT,
            ArchiveIndex.REFERENCE, ArchiveIndex.KIND, ArchiveIndex.DEPARTMENT, ArchiveIndex.YEAR,
            ArchiveIndex.CLASSIFICATION, ArchiveIndex.PERSON);

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

    static JsonMapper json() {
        return JSON;
    }
}
