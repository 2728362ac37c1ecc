package org.nafitha.documents.search;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;
import org.nafitha.documents.Classification;
import java.util.List;

/**
 * What one reader may see of the archive: documents up to {@code level}, of their own
 * {@code department} or of every department. The same rule is applied twice — as a filter inside
 * every Lucene query (so a hidden document is in no result, count or facet) and by
 * {@link #permits} before a document is opened — and both live here so they cannot drift apart.
 * On SolrCloud the same filter is sent as a filter query ({@link #solrFilters}).
 *
 * @param level null when the reader may see nothing of the archive
 */
public record Clearance(@Nullable Classification level, boolean allDepartments, @Nullable String department) {

    public static final Clearance NONE = new Clearance(null, false, null);

    public boolean permits(Classification classification, @Nullable String documentDepartment) {
        if (level == null || !classification.readableWith(level)) return false;
        return allDepartments || (department != null && department.equals(documentDepartment));
    }

    Query filter() {
        if (level == null || (!allDepartments && department == null)) return new MatchNoDocsQuery();
        var filter = new BooleanQuery.Builder()
                .add(IntPoint.newRangeQuery(ArchiveIndex.RANK, 0, level.ordinal()), BooleanClause.Occur.FILTER);
        if (!allDepartments) {
            filter.add(new TermQuery(new Term(ArchiveIndex.DEPARTMENT, department)), BooleanClause.Occur.FILTER);
        }
        return filter.build();
    }

    /** The same filter for Solr: filter queries that every hit, count and facet must pass. */
    List<String> solrFilters() {
        if (level == null || (!allDepartments && department == null)) return List.of("-*:*");
        var rank = ArchiveIndex.RANK + ":[0 TO " + level.ordinal() + "]";
        if (allDepartments) return List.of(rank);
        return List.of(rank, SolrQueries.term(ArchiveIndex.DEPARTMENT, department));
    }
}
