package org.nafitha.assistant.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.nafitha.assistant.Assistant.Fact;
import org.nafitha.catalogue.LocalizedText;
import org.nafitha.catalogue.ServiceDefinition;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue as a Lucene index (BM25, Lucene's default): one document per service with its
 * names, summary, eligibility, steps and documents in both languages, and the lexicon's phrases for
 * it. Built in memory from one set of service versions; a new version builds a new index.
 * Public only for the benchmark (bench/Assistant.java), which measures it beside a bare TermQuery.
 */
public final class ServiceIndex {

    /** Fields and how much a word found in each counts. */
    static final Map<String, Float> FIELDS = Map.of("name", 4f, "keywords", 3f, "summary", 1.5f,
            "eligibility", 0.4f, "steps", 0.4f, "documents", 0.6f);
    /** Where a word must be found for the service to be about it, not merely to mention it. */
        private static final int MAX_HITS = 8;
    /** Every word of a service, for the spelling fallback only (not scored). */
    static final String ALL = "all";
    /** The share of the question's weight a service must explain to be offered. */
    static final double EXPLAINS = 0.45;
    /** What a word nobody wrote weighs, in average known words. */
    static final double UNKNOWN = 0.75;
    /** What a word of another authority's business weighs, in average known words. */
    static final double ELSEWHERE = 1.5;

    /** A word looked for, with the catalogue words the lexicon, its forms or the spelling check gave for it. */
    record Group(String said, List<String> words, Kind kind) {
    }

    /** What a word of the question is to the catalogue. */
    enum Kind {
        /** a word of the catalogue or the lexicon, or a form or misspelling of one */
        KNOWN,
        /** a word nobody wrote: it neither points at a service nor away from the catalogue */
        UNKNOWN,
        /** a word of another authority's business (a bill, a loan, a school): a question about it is not ours */
        ELSEWHERE
    }

    /** The question in words: the groups looked for and the facts it carries. */
    record Parsed(List<Group> groups, Set<Fact> facts) {
    }

    /** A service found: its score and how many of the question's words it is about (found in its names or the lexicon's phrases for it). */
    record Hit(String code, double score, int about) {
    }

    final String signature;
    private final QuestionAnalyzer analyzer;
    private final Lexicon.Compiled lexicon;
    private final IndexSearcher searcher;
    private final Set<String> vocabulary = new HashSet<>();
    private final Map<String, Set<String>> strongWords = new HashMap<>();
    private final SpellingFallback spelling;
    private final WordForms forms;

    ServiceIndex(List<ServiceDefinition> services, Lexicon source, QuestionAnalyzer analyzer, String signature) {
        this.signature = signature;
        this.analyzer = analyzer;
        this.lexicon = source.compile(analyzer);
        var directory = new ByteBuffersDirectory();
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer.keeping()))) {
            for (var s : services) writer.addDocument(document(s, source.services.getOrDefault(s.code(), List.of())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            var reader = DirectoryReader.open(directory);
            this.searcher = new IndexSearcher(reader);
            for (var field : FIELDS.keySet()) {
                var terms = MultiTerms.getTerms(reader, field);
                if (terms == null) continue;
                var it = terms.iterator();
                for (var t = it.next(); t != null; t = it.next()) vocabulary.add(t.utf8ToString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.spelling = new SpellingFallback(lexicon, analyzer, vocabulary, searcher.getIndexReader());
        var known = new HashSet<String>(vocabulary);
        lexicon.expansions().keySet().stream().filter(k -> k.size() == 1).forEach(k -> known.add(k.get(0)));
        this.forms = new WordForms(known);
    }

    private Document document(ServiceDefinition s, List<String> phrases) {
        var doc = new Document();
        doc.add(new StringField("code", s.code(), Field.Store.YES));
        var name = words(s.name());
        var summary = words(s.summary());
        var keywords = new ArrayList<String>();
        phrases.forEach(p -> parse(p, false).groups().forEach(g -> keywords.addAll(g.words())));
        keywords.addAll(analyzer.words(s.code().replace('-', ' ')));
        add(doc, "name", name);
        add(doc, "summary", summary);
        add(doc, "keywords", keywords);
        add(doc, "eligibility", words(s.eligibility()));
        add(doc, "steps", s.steps().stream().flatMap(t -> words(t).stream()).toList());
        add(doc, "documents", s.documents().stream().flatMap(t -> words(t).stream()).toList());
        var all = new ArrayList<String>(name);
        all.addAll(summary);
        all.addAll(keywords);
        all.addAll(words(s.eligibility()));
        s.steps().forEach(t -> all.addAll(words(t)));
        s.documents().forEach(t -> all.addAll(words(t)));
        add(doc, ALL, all);
        var strong = new HashSet<String>(name);
        strong.addAll(keywords);
        strongWords.put(s.code(), strong);
        return doc;
    }

    /** The text's words in every language it is written in: a resident may ask in Urdu or French. */
    private List<String> words(LocalizedText text) {
        var words = new ArrayList<String>();
        text.byLanguage().values().forEach(t -> words.addAll(analyzer.words(t)));
        return words;
    }

    static void add(Document doc, String field, List<String> words) {
        doc.add(new TextField(field, String.join(" ", words), Field.Store.NO));
    }

    /**
     * The question in words: each phrase the lexicon knows brings the catalogue's words for it; a
     * word neither the catalogue nor the lexicon knows is matched to one a letter or two away.
     */
    Parsed parse(String question) {
        return parse(question, true);
    }

    /** @param correct whether unknown words are matched to known ones (not for the lexicon's own phrases) */
    private Parsed parse(String question, boolean correct) {
        // markup is not part of a question, a number alone says nothing about a service, and neither
        // does what the stemmer leaves of a pronoun or particle («مني» → «من») unless it is a known word
        var words = analyzer.words(question.replaceAll("<[^<>]{0,200}>", " ")).stream()
                .filter(w -> !w.chars().allMatch(Character::isDigit))
                .filter(w -> w.length() > 2 || vocabulary.contains(w) || lexicon.expansions().containsKey(List.of(w)))
                .toList();
        var facts = new HashSet<Fact>();
        var groups = new ArrayList<Group>();
        int longest = Math.max(lexicon.longest(), 1);
        for (int i = 0; i < words.size(); ) {
            int taken = 0;
            for (int length = Math.min(longest, words.size() - i); length >= 1 && taken == 0; length--) {
                var key = words.subList(i, i + length);
                var fact = lexicon.facts().get(key);
                if (fact != null) facts.add(fact);
                var means = lexicon.expansions().get(key);
                if (lexicon.elsewhere().contains(key)) {
                    groups.add(new Group(String.join(" ", key), List.copyOf(key), Kind.ELSEWHERE));
                    taken = length;
                } else if (means != null) {
                    var all = new ArrayList<>(key);
                    all.addAll(means);
                    groups.add(new Group(String.join(" ", key), all.stream().distinct().toList(), Kind.KNOWN));
                    taken = length;
                } else if (fact != null) {
                    taken = length;
                }
            }
            if (taken == 0) {
                groups.add(correct ? word(words.get(i)) : new Group(words.get(i), List.of(words.get(i)), Kind.KNOWN));
                taken = 1;
            }
            i += taken;
        }
        return new Parsed(groups, facts);
    }

    /**
     * A word the lexicon has no phrase for: a catalogue word as it is, else the known words it is a
     * dialect form of («بتنتهي» → «انتهى»), else the known words a letter or two away.
     */
    private Group word(String word) {
        Predicate<String> telling = w -> lexicon.expansions().containsKey(List.of(w));
        // a catalogue word may still be a form of a lexicon phrase: «ينتهي» of «انتهى», which means renewing
        var same = vocabulary.contains(word) ? forms.of(word, telling).stream().filter(telling).toList() : forms.of(word, telling);
        if (vocabulary.contains(word) && same.isEmpty()) return new Group(word, List.of(word), Kind.KNOWN);
        if (!same.isEmpty()) {
            var all = new ArrayList<String>(List.of(word));
            for (var form : same) {
                all.add(form);
                all.addAll(lexicon.expansions().getOrDefault(List.of(form), List.of()));
            }
            return new Group(word, all.stream().distinct().toList(), Kind.KNOWN);
        }
        var corrected = spelling.corrected(word);
        return new Group(word, corrected, corrected.size() > 1 ? Kind.KNOWN : Kind.UNKNOWN);
    }

    /**
     * The services the question is about, best first. A service is offered when it explains enough
     * of the question: its score against the most any service could score for each word, where a
     * rare word weighs more than a common one (BM25's own idf), a word of another authority's
     * business weighs more than an average word and explains nothing, and a word
     * nobody wrote weighs a share of an average word. At least one of the words must be one the
     * service is about (its names or the lexicon's phrases for it), not one its steps merely mention.
     */
    List<Hit> find(List<Group> groups) {
        var hits = search(groups);
        if (hits.isEmpty()) return hits;
        var known = new ArrayList<Double>();
        for (var group : groups) {
            if (group.kind() == Kind.KNOWN) known.add(best(group));
        }
        var average = known.stream().mapToDouble(Double::doubleValue).average().orElse(1);
        var mass = known.stream().mapToDouble(Double::doubleValue).sum();
        for (var group : groups) {
            if (group.kind() == Kind.ELSEWHERE) mass += ELSEWHERE * average;
            else if (group.kind() == Kind.UNKNOWN) mass += UNKNOWN * average;
        }
        var total = mass;
        return hits.stream().filter(h -> h.about() >= 1 && total > 0 && h.score() / total >= EXPLAINS).toList();
    }

    /** The most any service scores for one word of the question. */
    private double best(Group group) {
        var query = query(List.of(group));
        if (query == null) return 0;
        try {
            var top = searcher.search(query, 1);
            return top.scoreDocs.length == 0 ? 0 : top.scoreDocs[0].score;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The services the words are found in, best first. */
    List<Hit> search(List<Group> groups) {
        var query = query(groups);
        if (query == null) return List.of();
        try {
            var top = searcher.search(query, MAX_HITS);
            var hits = new ArrayList<Hit>();
            for (var scored : top.scoreDocs) {
                var code = searcher.storedFields().document(scored.doc).get("code");
                var strong = strongWords.getOrDefault(code, Set.of());
                var about = (int) groups.stream().filter(g -> g.words().stream().anyMatch(strong::contains)).count();
                hits.add(new Hit(code, scored.score, about));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private @Nullable Query query(List<Group> groups) {
        var builder = new BooleanQuery.Builder();
        int clauses = 0;
        for (var group : groups) {
            var any = new BooleanQuery.Builder();
            for (var word : group.words().stream().limit(6).toList()) {
                for (var field : FIELDS.entrySet()) {
                    any.add(new BoostQuery(new TermQuery(new Term(field.getKey(), word)), field.getValue()), Occur.SHOULD);
                }
            }
            builder.add(any.build(), Occur.SHOULD);
            if (++clauses >= 25) break;
        }
        return clauses == 0 ? null : builder.build();
    }

    /** The index of these services with the lexicon beside the catalogue (for the benchmark). */
    public static ServiceIndex of(List<ServiceDefinition> services) {
        var lexicon = Lexicon.load();
        return new ServiceIndex(services, lexicon, new QuestionAnalyzer(lexicon.ignore), "bench");
    }

    /** The codes of the services a question is about, best first: what the assistant answers with. */
    public List<String> codes(String question) {
        return find(parse(question).groups()).stream().map(Hit::code).toList();
    }

    /** The bare comparison for the benchmark: one TermQuery per analysed word on the names, top three. */
    public List<String> bare(String question) {
        var builder = new BooleanQuery.Builder();
        analyzer.words(question).stream().limit(60)
                .forEach(w -> builder.add(new TermQuery(new Term("name", w)), Occur.SHOULD));
        try {
            var top = searcher.search(builder.build(), 3);
            var codes = new ArrayList<String>();
            for (var d : top.scoreDocs) codes.add(searcher.storedFields().document(d.doc).get("code"));
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
