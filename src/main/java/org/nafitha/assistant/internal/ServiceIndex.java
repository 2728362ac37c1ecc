package org.nafitha.assistant.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.nafitha.assistant.internal.QuestionReader.Group;
import org.nafitha.assistant.internal.QuestionReader.Kind;
import org.nafitha.assistant.internal.QuestionReader.Parsed;
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
    private static final int MAX_HITS = 8;
    /** How much the other ways of saying a word count beside the best one. */
    static final float TIE = 0.5f;
    /** What the first word nobody wrote weighs, in average known words; the second weighs half that, the third a third. */
    static final double UNKNOWN = 0.75;
    /** What a word of another authority's business weighs, in average known words (each word of a phrase of it). */
    static final double ELSEWHERE = 1.5;

    /** A service found: its score and how many of the question's words it is about (found in its names or the lexicon's phrases for it). */
    record Hit(String code, double score, int about) {
    }

    final String signature;
    private final QuestionAnalyzer analyzer;
    private final IndexSearcher searcher;
    private final Set<String> vocabulary = new HashSet<>();
    private final ServiceDocuments documents;
    private final QuestionReader reader;
    private final AnalysedLexicon lexicon;

    ServiceIndex(List<ServiceDefinition> services, Lexicon source, QuestionAnalyzer analyzer, String signature) {
        this.signature = signature;
        this.analyzer = analyzer;
        var lexicon = source.compile(analyzer);
        this.lexicon = lexicon;
        this.documents = new ServiceDocuments(analyzer);
        // the lexicon's phrases for a service are read before the catalogue's words are known
        var phrases = new QuestionReader(analyzer, lexicon, vocabulary, null);
        var directory = new ByteBuffersDirectory();
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(new AsAnalysed()))) {
            for (var s : services) {
                var keywords = new ArrayList<String>();
                source.services.getOrDefault(s.code(), List.of())
                        .forEach(p -> phrases.parse(p).groups().forEach(g -> keywords.addAll(g.words())));
                writer.addDocument(documents.of(s, keywords));
            }
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
        var known = new HashSet<String>(vocabulary);
        lexicon.expansions().keySet().stream().filter(k -> k.size() == 1).forEach(k -> known.add(k.get(0)));
        var forms = new WordForms(known);
        Predicate<String> telling = w -> lexicon.expansions().containsKey(List.of(w)) || lexicon.elsewhere().contains(List.of(w));
        var arabizi = new Arabizi(analyzer, telling, w -> known.contains(w) || !forms.of(w, telling).isEmpty());
        this.reader = new QuestionReader(analyzer, lexicon, vocabulary, new QuestionReader.Unknown(forms,
                new SpellingFallback(lexicon, analyzer, vocabulary, searcher.getIndexReader()), arabizi));
    }

    /** The question in words (for the assistant); leniently, forgiving more typos, when strictly it found nothing. */
    Parsed parse(String question, boolean lenient) {
        return reader.parse(question, lenient);
    }

    /**
     * The services the question is about, best first (see {@link Offering}). A word's weight is the most
     * any service could score for it, where a rare word weighs more than a common one (BM25's own idf);
     * a word of another authority's business weighs more than an average word and explains nothing; and
     * words nobody wrote weigh a share of an average word, less for each one more: a long question's
     * story («صارت بالبيت», "I left it in a taxi") is not a thing of its own each time.
     */
    List<Hit> find(List<Group> groups) {
        return new Offering(groups, weight(groups), lexicon::generic, lexicon::saysWhatToDo,
                h -> documents.strongWords(h.code()).stream().anyMatch(lexicon.anew()::contains)).of(search(groups), this::isAbout);
    }

    /** The question's weight: the most any service scores for each known word, and a share for the others. */
    double weight(List<Group> groups) {
        var known = new ArrayList<Double>();
        for (var group : groups) {
            if (group.kind() == Kind.KNOWN) known.add(best(group));
        }
        var average = known.stream().mapToDouble(Double::doubleValue).average().orElse(1);
        var mass = known.stream().mapToDouble(Double::doubleValue).sum();
        int unknown = 0;
        for (var group : groups) {
            // a phrase of another authority's weighs for each of its words: «سفارة بلدي», «بطاقة البنك» are two
            if (group.kind() == Kind.ELSEWHERE) mass += ELSEWHERE * average * group.said().split(" ").length;
            else if (group.kind() == Kind.UNKNOWN) mass += UNKNOWN * average / ++unknown;
        }
        return mass;
    }

    /** Whether the group's words are among those the service is about (its names, the lexicon's phrases for it). */
    boolean isAbout(Group group, Hit hit) {
        return telling(group).anyMatch(documents.strongWords(hit.code())::contains);
    }

    /**
     * The words of a group that tell which service it is about: a thing's word without the kind of paper its
     * lexicon line brings («مولود» → شهادة ميلاد: the birth, not every certificate; «اقامة» → a residence
     * permit, not the work permit); a generic word with all of them.
     */
    private Stream<String> telling(Group group) {
        if (lexicon.generic(group)) return group.words().stream();
        return group.words().stream().filter(w -> w.equals(group.said()) || !lexicon.kinds().contains(w));
    }

    boolean generic(Group group) {
        return lexicon.generic(group);
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
                var strong = documents.strongWords(code);
                var about = (int) groups.stream().filter(g -> g.kind() != Kind.ELSEWHERE && telling(g).anyMatch(strong::contains)).count();
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
            // another authority's word explains nothing: it is not looked for
            if (group.kind() == Kind.ELSEWHERE) continue;
            // the group's words are one word of the question said several ways: a service scores for the
            // best of them (and a little for the rest), not for their sum, or three synonyms of one word
            // would outweigh two words of the question; a phrase as said («نقل كفالة») is one way, its words together
            var said = List.of(group.said().split(" "));
            var ways = new ArrayList<Query>();
            ways.add(anyField(said));
            for (var word : group.words().stream().filter(w -> !said.contains(w)).limit(6).toList()) {
                ways.add(anyField(List.of(word)));
            }
            builder.add(new DisjunctionMaxQuery(ways, TIE), Occur.SHOULD);
            if (++clauses >= 25) break;
        }
        return clauses == 0 ? null : builder.build();
    }

    /** The words in any field, each as much as its field counts. */
    private static Query anyField(List<String> words) {
        var any = new BooleanQuery.Builder();
        for (var word : words) {
            for (var field : FIELDS.entrySet()) {
                any.add(new BoostQuery(new TermQuery(new Term(field.getKey(), word)), field.getValue()), Occur.SHOULD);
            }
        }
        return any.build();
    }

    /** The index of these services with the lexicon beside the catalogue (for the benchmark). */
    public static ServiceIndex of(List<ServiceDefinition> services) {
        var lexicon = Lexicon.load();
        return new ServiceIndex(services, lexicon, new QuestionAnalyzer(lexicon.ignore, lexicon.apart), "bench");
    }

    /** The codes of the services a question is about, best first: what the assistant answers with. */
    public List<String> codes(String question) {
        var hits = find(reader.parse(question).groups());
        if (hits.isEmpty()) hits = find(reader.parse(question, true).groups());
        return hits.stream().map(Hit::code).toList();
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
