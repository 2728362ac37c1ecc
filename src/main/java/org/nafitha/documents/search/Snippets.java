package org.nafitha.documents.search;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryTermScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import java.util.StringJoiner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The passages of a document's text around the words found, HTML-escaped, the words in {@code <mark>}. */
final class Snippets {

    private static final int FRAGMENT = 160, MAX_ANALYZED = 100_000;
    private static final String SEPARATOR = " … ";
    private static final SimpleHTMLEncoder ENCODER = new SimpleHTMLEncoder();

    private final Analyzer analyzer;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    String of(Query query, String text) {
        if (text == null || text.isEmpty()) return "";
        // The query is plain terms (never phrases or wildcards), so the term scorer suffices; the span
        // scorer would build an in-memory index of every document it highlights.
        var scorer = new QueryTermScorer(query, ArchiveIndex.TEXT);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), ENCODER, scorer);
        highlighter.setTextFragmenter(new SimpleFragmenter(FRAGMENT));
        highlighter.setMaxDocCharsToAnalyze(MAX_ANALYZED);
        try {
            var best = highlighter.getBestFragments(analyzer.tokenStream(ArchiveIndex.TEXT, text), text, 2, SEPARATOR);
            if (!best.isBlank()) return best;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidTokenOffsetsException e) {
            // fall through to the text's opening words
        }
        return opening(text);
    }

    /** The snippet Solr highlighted (its fragments joined as above), or the text's opening words. */
    static String of(JsonNode fragments, String text) {
        if (text == null || text.isEmpty()) return "";
        var best = new StringJoiner(SEPARATOR);
        for (var fragment : fragments) best.add(fragment.asString());
        return best.length() > 0 && !best.toString().isBlank() ? best.toString() : opening(text);
    }

    /** Solr's highlighting set as {@link #of(Query, String)} highlights: the same highlighter, fragments and marks. */
    static ObjectNode solrParams(ObjectNode params) {
        return params.put("hl", "true").put("hl.method", "original").put("hl.fl", ArchiveIndex.TEXT)
                .put("hl.requireFieldMatch", "true").put("hl.usePhraseHighlighter", "false")
                .put("hl.fragsize", Integer.toString(FRAGMENT)).put("hl.snippets", "2").put("hl.mergeContiguous", "true")
                .put("hl.encoder", "html").put("hl.simple.pre", "<mark>").put("hl.simple.post", "</mark>")
                .put("hl.maxAnalyzedChars", Integer.toString(MAX_ANALYZED));
    }

    private static String opening(String text) {
        return SimpleHTMLEncoder.htmlEncode(text.length() > FRAGMENT ? text.substring(0, FRAGMENT) + " …" : text);
    }
}
