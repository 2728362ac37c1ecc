package org.nafitha.assistant.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.nafitha.assistant.Assistant.Fact;
import org.nafitha.country.ArabicText;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The curated synonym and dialect lexicon kept beside the catalogue
 * ({@code catalogue/assistant-lexicon.yml}): the words people use for what the catalogue calls
 * otherwise («أجدد», «عايز أطلع», "jawaz", "iqama"), phrases that point at one service, the facts a
 * question may carry, and the ways of asking after one's own application. Editors change the data;
 * the code only reads it.
 */
final class Lexicon {

    static final String FILE = "catalogue/assistant-lexicon.yml";

    /** The file as written. */
    record Data(@Nullable List<String> ignore, @Nullable Map<String, String> apart, @Nullable List<Word> words, @Nullable Map<String, List<String>> services,
                @Nullable Map<String, List<String>> facts, @Nullable List<String> status, @Nullable List<String> elsewhere,
                @Nullable List<String> abroad, @Nullable List<String> beings, @Nullable List<String> generic,
                @Nullable List<String> kinds, @Nullable List<String> anew) {
    }

    /** @param means the catalogue's words; @param said the ways people say it */
    record Word(String means, List<String> said) {
    }

    final List<String> ignore;
    /** Words as written (folded) → the word read instead, where the stemmer would merge two meanings. */
    final Map<String, String> apart = new HashMap<>();
    final Map<String, List<String>> services;
    final List<String> status;
    final List<String> elsewhere;
    final List<String> abroad;
    final List<String> beings;
    final List<String> generic;
    final List<String> kinds;
    final List<String> anew;
    private final Map<Fact, List<String>> facts = new EnumMap<>(Fact.class);
    private final List<Word> words;

    private Lexicon(Data data) {
        this.ignore = data.ignore() == null ? List.of() : data.ignore();
        if (data.apart() != null) data.apart().forEach((written, read) -> apart.put(ArabicText.fold(written), ArabicText.fold(read)));
        this.words = data.words() == null ? List.of() : data.words();
        this.services = data.services() == null ? Map.of() : data.services();
        this.elsewhere = data.elsewhere() == null ? List.of() : data.elsewhere();
        this.abroad = data.abroad() == null ? List.of() : data.abroad();
        this.beings = data.beings() == null ? List.of() : data.beings();
        this.generic = data.generic() == null ? List.of() : data.generic();
        this.kinds = data.kinds() == null ? List.of() : data.kinds();
        this.anew = data.anew() == null ? List.of() : data.anew();
        this.status = data.status() == null ? List.of() : data.status().stream().map(ArabicText::fold).toList();
        if (data.facts() != null) {
            data.facts().forEach((name, said) -> facts.put(Fact.valueOf(name.toUpperCase().replace('-', '_')), said));
        }
    }

    static Lexicon load() {
        var mapper = YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (var in = new ClassPathResource(FILE).getInputStream()) {
            return new Lexicon(mapper.readValue(in, Data.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lexicon in analysed words: what a phrase people say adds to the words looked for. */
    AnalysedLexicon compile(QuestionAnalyzer analyzer) {
        var expansions = new HashMap<List<String>, List<String>>();
        for (var word : words) {
            var means = analyzer.words(word.means());
            for (var said : word.said()) {
                var key = analyzer.words(Negation.mark(said));
                // an English phrase that analyses to one of its words ("for good" → "good") would stand for
                // every use of that word; Arabic ones keep their particles' meaning («راح مني» → «راح»)
                if (key.isEmpty() || key.size() == 1 && said.strip().contains(" ") && said.matches("[\\p{IsLatin}\\s'’-]+")) continue;
                expansions.computeIfAbsent(key, k -> new ArrayList<>()).addAll(means);
            }
        }
        var factPhrases = new LinkedHashMap<List<String>, Fact>();
        facts.forEach((fact, said) -> said.forEach(s -> {
            var key = analyzer.words(Negation.mark(s));
            if (!key.isEmpty()) factPhrases.put(key, fact);
        }));
        var otherBusiness = phrases(elsewhere, analyzer);
        var otherCountries = phrases(abroad, analyzer);
        var animals = phrases(beings, analyzer);
        otherBusiness.addAll(otherCountries);
        otherBusiness.addAll(animals);
        var paper = words(kinds, analyzer);
        var generic = words(this.generic, analyzer);
        generic.addAll(paper);
        return new AnalysedLexicon(expansions, factPhrases, otherBusiness, otherCountries, animals, generic, paper,
                words(anew, analyzer), ignore.stream().map(ArabicText::fold).collect(Collectors.toUnmodifiableSet()));
    }

    /** Every analysed word of the lines, each line's words taken one by one. */
    private static Set<String> words(List<String> said, QuestionAnalyzer analyzer) {
        var words = new HashSet<String>();
        for (var s : said) words.addAll(analyzer.words(s));
        return words;
    }

    private static Set<List<String>> phrases(List<String> said, QuestionAnalyzer analyzer) {
        var phrases = new HashSet<List<String>>();
        for (var s : said) {
            var key = analyzer.words(Negation.mark(s));
            if (!key.isEmpty()) phrases.add(key);
        }
        return phrases;
    }
}
