package org.nafitha.assistant.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.nafitha.catalogue.LocalizedText;
import org.nafitha.catalogue.ServiceDefinition;

/**
 * A service of the catalogue as the assistant's index holds it: its words field by field (each field
 * weighted by {@link ServiceIndex#FIELDS}), every word together for the spelling fallback, and the words
 * the service is about — its names and the lexicon's phrases for it.
 */
final class ServiceDocuments {

    /** Every word of a service, for the spelling fallback only (not scored). */
    static final String ALL = "all";

    private final QuestionAnalyzer analyzer;
    private final Map<String, Set<String>> strongWords = new HashMap<>();

    ServiceDocuments(QuestionAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** @param keywords the analysed words of the lexicon's phrases for the service */
    Document of(ServiceDefinition s, List<String> keywords) {
        var doc = new Document();
        doc.add(new StringField("code", s.code(), Field.Store.YES));
        var name = words(s.name());
        var summary = words(s.summary());
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
        text.byLanguage().values().forEach(t -> words.addAll(analyzer.catalogueWords(t)));
        return words;
    }

    static void add(Document doc, String field, List<String> words) {
        doc.add(new TextField(field, String.join(" ", words), Field.Store.NO));
    }

    /** The words the service is about: its names and the lexicon's phrases for it. */
    Set<String> strongWords(String code) {
        return strongWords.getOrDefault(code, Set.of());
    }
}
