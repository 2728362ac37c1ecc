package org.nafitha.documents.search;

import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashSet;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How archive text is split into searchable words, so that the spellings people actually use
 * meet: أحمد/إحمد/آحمد/احمد, مدرسة/مدرسه, على/علي, tatweel (مـدرسة) and diacritics (أَحْمَد) all
 * fold to one form (Lucene's Arabic normalisation), the common prefixes and suffixes are taken off
 * (its light stemmer: المدرسة → مدرس), and Arabic-Indic or Persian digits read as Latin ones, as
 * do the Persian letters ی and ک. Used for indexing and for queries alike; Solr's schema for the
 * archive (src/main/resources/solr/archive/conf) repeats this chain and must stay in step with it.
 */
public final class ArchiveAnalyzer extends Analyzer {

    private static final NormalizeCharMap FOLDING = folding();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        var source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new StopFilter(stream, ArabicAnalyzer.getDefaultStopSet());
        stream = new ArabicNormalizationFilter(stream);
        stream = new ArabicStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(FOLDING, reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new MappingCharFilter(FOLDING, reader);
    }

    /** The distinct words of {@code text}, as indexed, at most {@code max} of them. */
    public List<String> words(String text, int max) throws IOException {
        var words = new LinkedHashSet<String>();
        try (var stream = tokenStream(ArchiveIndex.TEXT, text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && words.size() < max) words.add(term.toString());
            stream.end();
        }
        return List.copyOf(words);
    }

    private static NormalizeCharMap folding() {
        var map = new NormalizeCharMap.Builder();
        for (int d = 0; d < 10; d++) {
            map.add(String.valueOf((char) ('\u0660' + d)), String.valueOf(d));
            map.add(String.valueOf((char) ('\u06F0' + d)), String.valueOf(d));
        }
        map.add("\u06CC", "\u064A"); // Persian yeh → Arabic yeh
        map.add("\u06A9", "\u0643"); // keheh → kaf
        return map.build();
    }
}
