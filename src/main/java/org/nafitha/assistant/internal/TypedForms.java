package org.nafitha.assistant.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The known words and phrases a question's words are, typed otherwise than the lexicon writes them: a phrase with
 * the conjunction glued on or a possessive on its last word, and, when a question is read leniently, a word with a
 * letter typed twice or two letters swapped. Apart from the reader, which decides when each applies.
 */
final class TypedForms {

    private final AnalysedLexicon lexicon;
    private final Set<String> vocabulary;

    /** @param vocabulary the catalogue's analysed words */
    TypedForms(AnalysedLexicon lexicon, Set<String> vocabulary) {
        this.lexicon = lexicon;
        this.vocabulary = vocabulary;
    }

    /**
     * The words as the lexicon writes its phrase of several words, if it does so otherwise: with the conjunction «و»
     * or the preposition «ل» glued on the first («وارجع بلدي», «لشركة تانية») or a possessive on the last («بطاقة
     * إقامتها», whose «ة» the stemmer leaves as «ت»); else as they are.
     */
    List<String> phrase(List<String> key) {
        if (key.size() < 2 || lexicon.expansions().containsKey(key) || lexicon.elsewhere().contains(key)) return key;
        var first = key.getFirst();
        var last = key.getLast();
        var variants = new ArrayList<List<String>>();
        var withoutClitic = first.length() > 3 && "ول".indexOf(first.charAt(0)) >= 0 ? first.substring(1) : first;
        var withoutTa = last.length() > 3 && last.endsWith("ت") ? last.substring(0, last.length() - 1) : last;
        // the first word in another person or with a particle: «بتثبت جنسيتي» is «تثبت جنسيتي», «خلصت عقدي» «خلص عقدي»
        var firsts = new LinkedHashSet<String>(List.of(first, withoutClitic));
        firsts.addAll(WordForms.forms(first));
        if (firsts.size() == 1 && withoutTa.equals(last)) return key;
        for (var f : firsts) {
            for (var l : List.of(last, withoutTa)) {
                var variant = new ArrayList<>(key);
                variant.set(0, f);
                variant.set(variant.size() - 1, l);
                variants.add(variant);
            }
        }
        return variants.stream().filter(v -> lexicon.expansions().containsKey(v) || lexicon.elsewhere().contains(v))
                .findFirst().orElse(key);
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
