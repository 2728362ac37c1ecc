package org.nafitha.assistant.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.nafitha.country.ArabicText;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;

/**
 * How questions and the catalogue's text are split into words that meet: the country's Arabic
 * folding first (hamza, alef maqsura, ta marbuta, diacritics, tatweel, Arabic-Indic digits), then
 * Lucene's Arabic normalisation and light stemmer (الجواز → جواز, جوازي → جواز) and the Porter
 * stemmer for English (renewal → renew). Arabic and English stop words are dropped, and so are the
 * lexicon's filler words (also with the conjunction «و» glued on) («أبغى», «عايز», «بدي», "I want"), which say nothing about the service.
 * The same analysis serves the index and the questions.
 */
final class QuestionAnalyzer extends Analyzer {

    private final CharArraySet stops;

    QuestionAnalyzer(List<String> fillers) {
        var set = new CharArraySet(256, true);
        for (var word : ArabicAnalyzer.getDefaultStopSet()) set.add(ArabicText.fold(new String((char[]) word)));
        set.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        for (var extra : List.of("i", "me", "my", "we", "our", "you", "your", "do", "does", "can", "how", "what", "where",
                "when", "which", "who", "want", "need", "would", "like", "get", "please", "should", "am", "have", "has")) {
            set.add(extra);
        }
        // the fillers also with the conjunction people glue to them: «وابغى», «وانا»
        fillers.forEach(f -> {
            set.add(ArabicText.fold(f));
            set.add("و" + ArabicText.fold(f));
        });
        this.stops = CharArraySet.unmodifiableSet(set);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        var source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new ArabicNormalizationFilter(stream);
        stream = new StopFilter(stream, stops);
        stream = new ArabicStemFilter(stream);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /** The words of a text as the index holds them, in order. */
    List<String> words(String text) {
        var words = new ArrayList<String>();
        // punctuation and symbols separate words: "name:passport" is two words, never a field and a term
        var plain = ArabicText.fold(text).replaceAll("[\\p{P}\\p{S}&&[^'\\-]]", " ");
        try (var stream = tokenStream("all", plain)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** Already folded and analysed words reach the index as they are. */
    Analyzer keeping() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var source = new WhitespaceTokenizer();
                return new TokenStreamComponents(source, source);
            }
        };
    }
}
