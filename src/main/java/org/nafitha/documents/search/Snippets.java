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

/** The passages of a document's text around the words found, HTML-escaped, the words in {@code <mark>}. */
final class Snippets {

    private static final int FRAGMENT = 160;
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
        highlighter.setMaxDocCharsToAnalyze(100_000);
        try {
            var best = highlighter.getBestFragments(analyzer.tokenStream(ArchiveIndex.TEXT, text), text, 2, " … ");
            if (!best.isBlank()) return best;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidTokenOffsetsException e) {
            // fall through to the text's opening words
        }
        return SimpleHTMLEncoder.htmlEncode(text.length() > FRAGMENT ? text.substring(0, FRAGMENT) + " …" : text);
    }
}
