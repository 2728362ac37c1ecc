package org.nafitha.documents.search;

/**
 * Searches the archive for one reader, on whichever backend holds the index (embedded Lucene or
 * SolrCloud). The reader's clearance is a filter inside the query itself, so results, totals and
 * facet counts only ever count documents they may see.
 */
public class ArchiveSearch {

    /** Words of a query beyond this are ignored: a pasted page must not become a 1,000-clause query. */
    static final int MAX_WORDS = 32;

    private final SearchBackend backend;

    public ArchiveSearch(SearchBackend backend) {
        this.backend = backend;
    }

    /** Searches a node's own Lucene index (for tools and benchmarks that open one directly). */
    public ArchiveSearch(ArchiveIndex index) {
        this(new LuceneBackend(index));
    }

    public ArchiveResults search(ArchiveQuery query, Clearance clearance) {
        return backend.search(query, clearance);
    }
}
