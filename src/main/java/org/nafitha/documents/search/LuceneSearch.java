package org.nafitha.documents.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.jspecify.annotations.Nullable;
import org.nafitha.documents.Classification;
import java.util.Arrays;

/**
 * Searches the embedded Lucene index for one reader. The reader's clearance is a filter inside the
 * Lucene query itself, so results, totals and facet counts only ever count documents they may see.
 */
final class LuceneSearch {

    static final int FACET_VALUES = 20;

    private final ArchiveIndex index;
    private final Snippets snippets;
    private volatile @Nullable FacetState facetState;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    LuceneSearch(ArchiveIndex index) {
        this.index = index;
        this.snippets = new Snippets(index.analyzer());
    }

    ArchiveResults search(ArchiveQuery query, Clearance clearance) {
        try {
            var searcher = index.acquire();
            try {
                if (searcher.getIndexReader().numDocs() == 0) return ArchiveResults.EMPTY;
                return search(searcher, query, clearance);
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ArchiveResults search(IndexSearcher searcher, ArchiveQuery query, Clearance clearance) throws IOException {
        var words = index.analyzer().words(query.text(), ArchiveSearch.MAX_WORDS);
        var matching = LuceneQueries.matching(query, words);
        var full = new BooleanQuery.Builder().add(matching, Occur.MUST).add(clearance.filter(), Occur.FILTER);
        LuceneQueries.filters(query).forEach(filter -> full.add(filter, Occur.FILTER));
        var wanted = query.page() * ArchiveQuery.PAGE_SIZE;
        // Ties broken by document id, so a page holds the same documents however the index was built.
        var byId = new SortField(ArchiveIndex.ID, SortField.Type.STRING);
        var sort = words.isEmpty() ? new Sort(new SortField(ArchiveIndex.ORDER, SortField.Type.LONG, true), byId)
                : new Sort(SortField.FIELD_SCORE, byId);
        var built = full.build();
        // Two passes: facets and the total visit every hit without scoring; the page is then found by
        // score, which lets Lucene skip documents that cannot make the page.
        var everyHit = searcher.search(built, new FacetsCollectorManager());
        long total = everyHit.getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
        var page = searcher.search(built, wanted, sort);
        var hits = new ArrayList<ArchiveResults.Hit>();
        var scoreDocs = page.scoreDocs;
        var stored = searcher.storedFields();
        for (int i = (query.page() - 1) * ArchiveQuery.PAGE_SIZE; i < scoreDocs.length; i++) {
            var doc = stored.document(scoreDocs[i].doc);
            hits.add(new ArchiveResults.Hit(UUID.fromString(doc.get(ArchiveIndex.ID)), doc.get(ArchiveIndex.TITLE),
                    doc.get(ArchiveIndex.REFERENCE), doc.get(ArchiveIndex.KIND), doc.get(ArchiveIndex.DEPARTMENT),
                    doc.get(ArchiveIndex.YEAR), Classification.valueOf(doc.get(ArchiveIndex.CLASSIFICATION)),
                    doc.get(ArchiveIndex.PERSON), snippets.of(matching, doc.get(ArchiveIndex.TEXT))));
        }
        var counts = new SortedSetDocValuesFacetCounts(facetState(searcher.getIndexReader()), everyHit);
        var facets = new LinkedHashMap<String, List<ArchiveResults.FacetCount>>();
        for (var dim : List.of(ArchiveIndex.TYPE_FACET, ArchiveIndex.DEPARTMENT_FACET, ArchiveIndex.YEAR_FACET)) {
            var top = counts.getTopChildren(FACET_VALUES, dim);
            facets.put(dim, top == null ? List.of() : Arrays.stream(top.labelValues)
                    .map(lv -> new ArchiveResults.FacetCount(lv.label, lv.value.longValue())).toList());
        }
        return new ArchiveResults(total, query.page(), hits, facets);
    }

    /** Built once per index view: its ordinal map costs a pass over the facet values. */
    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        var cached = facetState;
        if (cached != null && cached.reader() == reader) return cached.state();
        var state = new DefaultSortedSetDocValuesReaderState(reader, index.facetsConfig());
        facetState = new FacetState(reader, state);
        return state;
    }
}
