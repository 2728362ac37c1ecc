package org.nafitha.assistant.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.nafitha.country.ArabicText;

/**
 * Another authority's word that is only a circumstance of the question, not the thing asked for: what
 * our paper is for («شهادة الجنسية للسفارة», "proof of nationality for an embassy», «شهادة وفاة مشان
 * الورثة») and the country someone comes from («صاحبي يبي يزورني من مصر»). The word is written as
 * {@link #CONTEXT}, which the reader takes as a word nobody wrote: it weighs as a person's story does and
 * no longer says the question is another authority's. A country the question goes to or names a visa or
 * passport of ("a visa to visit Japan", "my Indian passport") stays another country's business.
 */
final class Circumstance {

    /** A word of another authority's business that only says what for or where from. */
    static final String CONTEXT = "zctx";

    /** What a paper is for: «عشان», «مشان», "for" — the article «لل» glued on counts as well. */
    private static final Set<String> PURPOSE = Set.of("عشان", "علشان", "مشان", "منشان", "لاجل", "كرمال", "for");
    /** Where from: only a country after it is a circumstance («من مصر»), «من البنك» is still the bank's. */
    private static final Set<String> ORIGIN = Set.of("من", "from");
    /** Words between the particle and its word: "for an embassy", "for my father's". */
    private static final Set<String> BETWEEN = Set.of("a", "an", "the", "my", "our", "his", "her", "their", "your");
    private static final String ARTICLE_FOR = "لل";

    private final Predicate<String> elsewhere;
    private final Predicate<String> abroad;

    /**
     * @param elsewhere whether a word of the question, as written, is one of another authority's business
     * @param abroad    whether it is another country
     */
    Circumstance(Predicate<String> elsewhere, Predicate<String> abroad) {
        this.elsewhere = elsewhere;
        this.abroad = abroad;
    }

    /** The text with the words that are only circumstances written as {@link #CONTEXT}. */
    String mark(String text) {
        var words = new ArrayList<>(List.of(text.strip().split("\\s+")));
        for (int i = 0; i < words.size(); i++) {
            var particle = ArabicText.fold(words.get(i)).toLowerCase(Locale.ROOT);
            if (particle.length() > ARTICLE_FOR.length() + 2 && particle.startsWith(ARTICLE_FOR) && elsewhere.test(words.get(i))) {
                words.set(i, CONTEXT);
                continue;
            }
            var purpose = PURPOSE.contains(particle);
            if (!purpose && !ORIGIN.contains(particle)) continue;
            int at = i + 1;
            while (at < words.size() && BETWEEN.contains(words.get(at).toLowerCase(Locale.ROOT))) at++;
            if (at >= words.size()) break;
            var word = words.get(at);
            if (purpose ? elsewhere.test(word) : abroad.test(word)) words.set(at, CONTEXT);
        }
        return String.join(" ", words);
    }
}
