package org.nafitha.documents.search;

import java.util.UUID;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@link SolrBackend} writes to the collection: archive entries as Solr documents, with the
 * fields of {@link ArchiveIndex}'s Lucene document, and the deletes beside them.
 */
final class SolrDocuments {

    private SolrDocuments() {
    }

    /** One archive entry as a Solr document, the fields of {@link ArchiveIndex}'s Lucene document. */
    static ObjectNode document(ArchiveEntry entry, long built) {
        var department = entry.department() == null ? ArchiveIndex.NO_DEPARTMENT : entry.department();
        var doc = SolrQueries.json().createObjectNode();
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
        return SolrQueries.json().createArrayNode();
    }

    /** Deletes one document. */
    static ObjectNode delete(UUID id) {
        var delete = SolrQueries.json().createObjectNode();
        delete.putObject("delete").put("id", id.toString());
        return delete;
    }

    /** Deletes every document a rebuild started at {@code started} did not write. */
    static ObjectNode deleteBuiltBefore(long started) {
        var delete = SolrQueries.json().createObjectNode();
        delete.putObject("delete").put("query", SolrBackend.BUILT + ":[* TO " + (started - 1) + "]");
        return delete;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
