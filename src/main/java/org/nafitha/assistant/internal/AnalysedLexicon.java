package org.nafitha.assistant.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.nafitha.assistant.Assistant.Fact;

/**
 * The {@link Lexicon} in analysed words, as questions are read.
 *
 * @param expansions the analysed words of a phrase people say → the catalogue's words it stands for
 * @param facts      the analysed words of a phrase → the fact it tells
 * @param elsewhere  the analysed words of another authority's business, other countries among them
 * @param abroad     the analysed words of other countries and their peoples
 * @param beings     the analysed words of animals, whose papers are another authority's
 * @param generic    the analysed words of what people want done and of the kinds of paper
 * @param kinds      the analysed words of the kinds of paper among the generic ones (a certificate, a licence, a card)
 * @param anew       the analysed words of asking for a paper anew, which after a loss ask for its replacement
 * @param fillers    the words that say nothing about a service, as written (folded)
 * @param inPhrases  the words of the phrases of more than one word, of either kind
 * @param longest    how many words the longest phrase has (counted once: the reader asks at every word)
 */
record AnalysedLexicon(Map<List<String>, List<String>> expansions, Map<List<String>, Fact> facts,
                       Set<List<String>> elsewhere, Set<List<String>> abroad, Set<List<String>> beings, Set<String> generic,
                       Set<String> kinds, Set<String> anew, Set<String> fillers, Set<String> inPhrases, int longest) {

    AnalysedLexicon(Map<List<String>, List<String>> expansions, Map<List<String>, Fact> facts,
                    Set<List<String>> elsewhere, Set<List<String>> abroad, Set<List<String>> beings, Set<String> generic,
                    Set<String> kinds, Set<String> anew, Set<String> fillers) {
        this(expansions, facts, elsewhere, abroad, beings, generic, kinds, anew, fillers, Stream.concat(expansions.keySet().stream(), elsewhere.stream())
                .filter(k -> k.size() > 1).flatMap(List::stream).collect(Collectors.toUnmodifiableSet()),
                Stream.concat(expansions.keySet().stream(), elsewhere.stream()).mapToInt(List::size).max().orElse(1));
    }

    /**
     * A word of the question that is generic: said as one of the generic words, or standing only for
     * them («أجدد» → تجديد renew), itself or through the form of it the lexicon knows.
     */
    boolean generic(QuestionReader.Group group) {
        return generic.contains(group.said()) || group.words().stream().allMatch(w -> w.equals(group.said()) || generic.contains(w)
                // a form of the word the lexicon has a phrase for: «يخلص» → «خلص» → تجديد renew
                || expansions.containsKey(List.of(w)) && expansions.get(List.of(w)).stream().allMatch(generic::contains));
    }

    /**
     * A word of the question that says what is to be done: a generic one, or one that brings a generic word other
     * than a kind of paper beside its own («انسرقت», stolen: a replacement, and the police's).
     */
    boolean saysWhatToDo(QuestionReader.Group group) {
        return generic(group) || group.words().stream().anyMatch(w -> generic.contains(w) && !kinds.contains(w));
    }

    /**
     * Whether the word is one of a phrase of the lexicon: a short word («خط», a line) is kept for the phrase
     * it begins («خط للعمل») though alone it is dropped as what the stemmer leaves of a particle.
     */
    boolean inPhrase(String word) {
        return inPhrases.contains(word);
    }

    /** A word of the question that only asks for a paper anew: «جديد», "new", «اطلع» (a first issue). */
    boolean anew(QuestionReader.Group group) {
        return anew.contains(group.said()) || group.words().size() > 1
                && group.words().stream().allMatch(w -> w.equals(group.said()) || anew.contains(w));
    }

    /** Whether a word nobody wrote is a filler the stemmer took a clitic off: «اعملها» → «اعمل», «فيني» → «فين». */
    boolean filler(String word) {
        return fillers.contains(word);
    }

}
