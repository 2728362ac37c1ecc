package org.nafitha.assistant.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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

/**
 * How questions and the catalogue's text are split into words that meet: the country's Arabic
 * folding first (hamza, alef maqsura, ta marbuta, diacritics, tatweel, Arabic-Indic digits), then
 * Lucene's Arabic normalisation and light stemmer (الجواز → جواز, جوازي → جواز) and the Porter
 * stemmer for English (renewal → renew). Arabic and English stop words are dropped, and so are the
 * lexicon's filler words (also with the conjunction «و» glued on) («أبغى», «عايز», «بدي», "I want"), which say nothing about the service.
 * The same analysis serves the index and the questions.
 */
final class QuestionAnalyzer extends Analyzer {

    private static final Pattern CHILDREN = Pattern.compile("(?<![\\p{L}])(و?)ولاد(ي|ك|نا|ها|هم|كم|و)?(?![\\p{L}])");
    /** The accusative's tanween written on an alef at a word's end («حاسباً», «بلاغاً», «بدلاً»): folding leaves the alef. */
    private static final Pattern TANWEEN_ALEF = Pattern.compile("(?<=\\p{IsArabic}{2})(اً|ًا)(?![\\p{L}\\p{M}])");

    /** English words that say nothing about a service, beside Lucene's English stop words. */
    static final Set<String> ENGLISH_FILLERS = Set.of("i", "me", "my", "we", "our", "you", "your", "do", "does", "can",
            "how", "what", "where", "when", "which", "who", "want", "need", "would", "like", "get", "please", "should",
            "am", "have", "has", "wants", "wanted", "needs", "needed", "getting", "gets", "i'm", "im", "i've", "i'd",
            "it's", "there's", "let's");

    private final CharArraySet stops;
    private final Map<String, String> apart;

    QuestionAnalyzer(List<String> fillers) {
        this(fillers, Map.of());
    }

    /** @param apart folded words → the word read instead, where the stemmer would merge two meanings («السواق», the driver, and «السواقة», driving) */
    QuestionAnalyzer(List<String> fillers, Map<String, String> apart) {
        this.apart = Map.copyOf(apart);
        var set = new CharArraySet(256, true);
        for (var word : ArabicAnalyzer.getDefaultStopSet()) set.add(ArabicText.fold(new String((char[]) word)));
        set.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        set.addAll(ENGLISH_FILLERS);
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
        // Lucene's light stemmer takes a leading «و» or «وال» as the conjunction, which joins «ولدت» (gave
        // birth) to «لدت», «وفاة» to «فاه» and «والدتي» (my mother) to «دت»; the «و» is kept here and
        // stripped, as a conjunction, only from a word nobody wrote (WordForms), and the catalogue's own
        // words are indexed both ways
        stream = new KeepLeadingWaw(stream, true);
        stream = new ArabicStemFilter(stream);
        stream = new KeepLeadingWaw(stream, false);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /** The words of a text as the index holds them, in order. */
    List<String> words(String text) {
        var words = new ArrayList<String>();
        // punctuation and symbols separate words: "name:passport" is two words, never a field and a term;
        // the dialects' «ولاد», «ولادي» (children, without the alef) are «اولاد», never «ولادة» (birth)
        var plain = CHILDREN.matcher(apart(ArabicText.fold(TANWEEN_ALEF.matcher(text).replaceAll("")).replaceAll("[\\p{P}\\p{S}&&[^'\\-]]", " "))).replaceAll("$1اولاد$2");
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

    /** The folded text with the words kept apart read as the lexicon says. */
    private String apart(String folded) {
        if (apart.isEmpty()) return folded;
        var words = folded.split(" ");
        for (int i = 0; i < words.length; i++) words[i] = apart.getOrDefault(words[i], words[i]);
        return String.join(" ", words);
    }

    /**
     * The catalogue's words: as {@link #words}, and a word that begins with «و» also without it, since
     * in the catalogue's formal text it is nearly always the conjunction («وصورة», «والجواز») and rarely
     * the root («وفاة», which keeps both).
     */
    List<String> catalogueWords(String text) {
        var words = new ArrayList<String>();
        for (var word : words(text)) {
            words.add(word);
            if (word.length() > 3 && word.charAt(0) == 'و') words.addAll(words(word.substring(1)));
        }
        return words;
    }
}
