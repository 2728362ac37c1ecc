package org.nafitha.assistant.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The assistant's spelling fallback: a word nobody wrote in the catalogue or the lexicon is matched
 * to the known words one or two letters away — the lexicon's dialect forms first, then the
 * catalogue's words — with Lucene's FuzzyQuery over the term dictionaries.
 */
final class SpellingFallback {

    private static final String ALL = ServiceDocuments.ALL;

    private final AnalysedLexicon lexicon;
    private final Set<String> vocabulary;
    private final IndexReader lexiconReader;
    private final IndexReader catalogue;

    SpellingFallback(AnalysedLexicon lexicon, QuestionAnalyzer analyzer, Set<String> vocabulary, IndexReader catalogue) {
        this.lexicon = lexicon;
        this.vocabulary = vocabulary;
        this.catalogue = catalogue;
        var lexiconWords = lexicon.expansions().keySet().stream().filter(k -> k.size() == 1).map(k -> k.get(0)).toList();
        var lexiconDirectory = new ByteBuffersDirectory();
        try (var writer = new IndexWriter(lexiconDirectory, new IndexWriterConfig(new AsAnalysed()))) {
            var doc = new Document();
            ServiceDocuments.add(doc, ALL, lexiconWords);
            writer.addDocument(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            this.lexiconReader = DirectoryReader.open(lexiconDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A word as typed, or the known words one (or, for long words, two) letters away, found with
     * Lucene's FuzzyQuery over the term dictionaries. Short words are left alone: one letter turns
     * «اشتري» into «اشتكي» and "cook" into "look".
     */
    List<String> corrected(String word) {
        if (vocabulary.contains(word) || word.length() < 5 || word.chars().allMatch(Character::isDigit)) return List.of(word);
        var edits = word.length() >= 7 ? 2 : 1;
        for (int distance = 1; distance <= edits; distance++) {
            // the lexicon's own words are short dialect forms: only long words are matched to them
            var fromLexicon = word.length() < 6 ? List.<String>of() : near(lexiconReader, word, distance, 1);
            if (!fromLexicon.isEmpty()) {
                var all = new ArrayList<String>(List.of(word));
                all.addAll(lexicon.expansions().get(List.of(fromLexicon.getFirst())));
                return all.stream().distinct().toList();
            }
            var fromCatalogue = near(catalogue, word, distance, 3);
            if (!fromCatalogue.isEmpty()) {
                var all = new ArrayList<String>(List.of(word));
                all.addAll(fromCatalogue);
                return all;
            }
        }
        return List.of(word);
    }

    /** The terms of the "all" field within so many edits of the word, in term order. */
    private static List<String> near(IndexReader reader, String word, int distance, int limit) {
        try {
            var terms = MultiTerms.getTerms(reader, ALL);
            if (terms == null) return List.of();
            var matches = new FuzzyQuery(new Term(ALL, word), distance, 0, 50, true).getTermsEnum(terms);
            var found = new ArrayList<String>();
            for (var t = matches.next(); t != null && found.size() < limit; t = matches.next()) found.add(t.utf8ToString());
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
