package org.nafitha.documents.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.nafitha.documents.Classification;

/**
 * One page of archive search results, with only what the reader may see counted.
 *
 * @param facets per dimension ({@code type}, {@code department}, {@code year}), values with their counts
 */
public record ArchiveResults(long total, int page, List<Hit> hits, Map<String, List<FacetCount>> facets) {

    public static final ArchiveResults EMPTY = new ArchiveResults(0, 1, List.of(), Map.of());

    /** @param snippet HTML: the OCR text escaped, matched words in {@code <mark>} */
    public record Hit(UUID id, String title, String reference, String kind, String department, String year,
                      Classification classification, String person, String snippet) {
    }

    public record FacetCount(String value, long count) {
    }

    public int pages() {
        return (int) Math.min(ArchiveQuery.MAX_PAGE, (total + ArchiveQuery.PAGE_SIZE - 1) / ArchiveQuery.PAGE_SIZE);
    }
}
