package org.nafitha.assistant.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The known words and phrases a question's words are, typed otherwise than the lexicon writes them: a phrase with
 * the conjunction glued on or a possessive on its last word, and, when a question is read leniently, a word with a
 * letter typed twice or two letters swapped. Apart from the reader, which decides when each applies.
 */
final class TypedForms {

    private final AnalysedLexicon lexicon;
    private final Set<String> vocabulary;
    /** The first words of the phrases of more than one word. */
    private final Set<String> starts;
    private final ThreadLocal<Forms> last = new ThreadLocal<>();

    /** @param vocabulary the catalogue's analysed words */
    TypedForms(AnalysedLexicon lexicon, Set<String> vocabulary) {
        this.lexicon = lexicon;
        this.vocabulary = vocabulary;
        this.starts = Stream.concat(lexicon.expansions().keySet().stream(), lexicon.elsewhere().stream())
                .filter(k -> k.size() > 1).map(List::getFirst).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The words as the lexicon writes its phrase of several words, if it does so otherwise: with the conjunctions «و»,
     * «ف» or the prepositions «ل», «ب», «عال» glued on the first («وارجع بلدي», «بشركة تانية») or a possessive on the last («بطاقة
     * إقامتها», whose «ة» the stemmer leaves as «ت»); else as they are.
     */
    List<String> phrase(List<String> key) {
        if (key.size() < 2 || lexicon.expansions().containsKey(key) || lexicon.elsewhere().contains(key)) return key;
        var first = key.getFirst();
        var last = key.getLast();
        var withoutClitic = first.length() > 4 && first.startsWith("عال") ? first.substring(3)
                : first.length() > 3 && "ولبف".indexOf(first.charAt(0)) >= 0 ? first.substring(1) : first;
        var withoutTa = last.length() > 3 && last.endsWith("ت") ? last.substring(0, last.length() - 1) : last;
        // the first word in another person or with a particle: «بتثبت جنسيتي» is «تثبت جنسيتي», «خلصت عقدي» «خلص عقدي»;
        // only a form that begins a phrase can make one
        var firsts = new LinkedHashSet<String>();
        for (var f : List.of(first, withoutClitic)) if (starts.contains(f)) firsts.add(f);
        for (var f : forms(first)) if (starts.contains(f)) firsts.add(f);
        for (var f : firsts) {
            for (var l : List.of(last, withoutTa)) {
                if (f.equals(first) && l.equals(last)) continue;
                var variant = new ArrayList<>(key);
                variant.set(0, f);
                variant.set(variant.size() - 1, l);
                if (lexicon.expansions().containsKey(variant) || lexicon.elsewhere().contains(variant)) return variant;
            }
        }
        return key;
    }

    /** The forms of a word, kept for the next call: the reader asks for the phrases of every length at one word. */
    private List<String> forms(String word) {
        var kept = last.get();
        if (kept != null && kept.word().equals(word)) return kept.forms();
        var forms = WordForms.forms(word);
        last.set(new Forms(word, forms));
        return forms;
    }

    private record Forms(String word, List<String> forms) {
    }

    /**
     * The word with a letter typed twice typed once, or two letters typed the wrong way round put right, when that
     * is a known word: «بطااق» → «بطاق», "countrry", «اجتنس» → «اتجنس».
     */
    String corrected(String word) {
        if (word.length() < 4 || known(word)) return word;
        for (int i = 1; i < word.length(); i++) {
            var single = word.substring(0, i) + word.substring(i + 1);
            if (word.charAt(i) == word.charAt(i - 1) && known(single)) return single;
            var swapped = word.substring(0, i - 1) + word.charAt(i) + word.charAt(i - 1) + word.substring(i + 1);
            // a swap turns one short word into another («قارب», a boat → «قراب»): only longer words are put right so
            if (word.length() >= 5 && known(swapped)) return swapped;
        }
        return word;
    }

    private boolean known(String word) {
        return vocabulary.contains(word) || lexicon.expansions().containsKey(List.of(word));
    }
}
