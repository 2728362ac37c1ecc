package org.nafitha.documents.search;

import java.io.Closeable;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Where the archive's index lives and how it is searched: the embedded Lucene index of one node
 * ({@link LuceneBackend}, the default), or a collection on SolrCloud that every node shares
 * ({@link SolrBackend}), chosen with {@code nafitha.documents.index.backend}. Both take the same
 * entries and answer the same results, facets and snippets, with the reader's clearance inside
 * every query.
 */
public interface SearchBackend extends Closeable {

    /** Adds or replaces one document, visible to searches when this returns. */
    void put(ArchiveEntry entry);

    /** Takes one document out (it was erased); absent is no error. */
    void remove(UUID id);

    /**
     * Replaces the whole index with what {@code source} hands over, one entry at a time; searches
     * keep finding the documents of the old index until the new one is complete.
     *
     * @return the documents indexed
     */
    int replaceAll(Consumer<Consumer<ArchiveEntry>> source);

    ArchiveResults search(ArchiveQuery query, Clearance clearance);

    /** Documents in the index as searches see it. */
    long size();

    /** The last change of the shared journal ({@link IndexJournal}) this index holds, 0 for none. */
    long journal();

    /** Records that the index holds every journal change up to {@code seq}. */
    void journalAt(long seq);

    /**
     * Whether one index serves the whole cluster: then one node writing a change is enough, and the
     * journal's catch-up runs on one node at a time instead of on every node.
     */
    boolean shared();

    /** Whether this node is the one that catches the shared index up now (always true for a node's own index). */
    default boolean catchesUp() {
        return true;
    }
}
