package org.nafitha.assistant.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The forms of one Arabic word that Lucene's light stemmer leaves apart: the dialects' verb particles
 * glued on («بتخلص», «هتخلص», «حتخلص»), the imperfect's person prefixes («أجدد», «يجدد», «نجدد»),
 * participles («منتهي») and object and possessive clitics («أجددها», «جوازاتنا»). A word nobody wrote
 * in the catalogue or the lexicon is stripped, a layer at a time, until it meets a known word as it
 * stands; known words are never stripped, so a stripping that would be wrong for many words («بطاقة»
 * is not «ب» + «طاقة») only ever joins an unknown word to a known one.
 */
final class WordForms {

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("\\p{P}+$");

    // longest first; the stemmer has already taken ال, و, ها, ات, ون, ين, يه, ه, ي
    // the Levant's and the Maghreb's «و» for «ه» («هويتو», «جددلو», «نجددو»), and the «ل» of «له», «لي» whose
    // pronoun the stemmer took («نطلعله» → «نطلعل»)
    private static final List<String> SUFFIXES = List.of("تها", "تهم", "تنا", "لها", "لهم", "لنا", "ته", "تي", "تك", "تو",
            "ها", "هم", "كم", "نا", "ني", "لي", "له", "لك", "لو", "وا", "ت", "ك", "ه", "ي", "و", "ل");
    /**
     * What is glued before them: the conjunctions «و», «ف» (the stemmer leaves «و» and «وال» on, see
     * QuestionAnalyzer), the dialects' «ع» for «على» («عجواز», «عالجواز») and the preposition «ل» the stemmer
     * leaves on a word without the article («لعرس»).
     */
    private static final List<String> CLITICS = List.of("وال", "عال", "و", "ف", "ع", "ل");
    /** The dialects' particles: ب (Levantine, Egyptian, Gulf present), ه and ح (Egyptian, Levantine future). */
    private static final List<String> PARTICLES = List.of("ب", "ه", "ح");
    /** The imperfect's person prefixes and the participle's م. */
    private static final List<String> PERSONS = List.of("ا", "ت", "ي", "ن", "م");
    /** The passive's prefixes in Egypt and the Levant. */
    private static final List<String> PASSIVES = List.of("ات", "ان");
    private static final int SHORTEST = 3;
    private static final int MOST = 4;

    private final Set<String> known;

    /** @param known the analysed words of the catalogue and the lexicon */
    WordForms(Set<String> known) {
        this.known = known;
    }

    /**
     * The known word an unknown word is a form of, the least stripped first; a telling one (a phrase of
     * the lexicon) is looked for among the further forms when the first met is not.
     */
    List<String> of(String word, Predicate<String> telling) {
        if (word.length() <= SHORTEST || !isArabic(word)) return List.of();
        var found = new LinkedHashSet<String>();
        for (var form : forms(word)) {
            if (form.equals(word) || !known.contains(form) || !found.isEmpty() && !telling.test(form)) continue;
            found.add(form);
            if (telling.test(form)) break;
        }
        return found.stream().limit(MOST).toList();
    }

    /** The word's possible stems, least stripped first. */
    static List<String> forms(String word) {
        var bases = new ArrayList<String>(List.of(word));
        for (var suffix : SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= SHORTEST) {
                bases.add(word.substring(0, word.length() - suffix.length()));
            }
        }
        var forms = new LinkedHashSet<String>();
        for (var base : bases) {
            addStems(base, forms);
            var withoutClitic = strip(base, CLITICS);
            if (!withoutClitic.equals(base)) addStems(withoutClitic, forms);
        }
        var sorted = new ArrayList<>(forms);
        sorted.sort((a, b) -> b.length() - a.length());
        return sorted;
    }

    /**
     * The base, without a particle, without the person prefix too, and the perfect the imperfect drops the alef of;
     * the first person the particle drops the alef of («بعرف» is «ب» + «اعرف», «بسافر» «ب» + «اسافر»); and the
     * passive of Egypt and the Levant without its «ات», «ان» («اتنصب» ~ «نصب», «انسرق» ~ «سرق»).
     */
    private static void addStems(String base, Set<String> forms) {
        forms.add(base);
        var withoutParticle = strip(base, PARTICLES);
        forms.add(withoutParticle);
        if (!withoutParticle.equals(base) && "اتين".indexOf(withoutParticle.charAt(0)) < 0) forms.add("ا" + withoutParticle);
        var active = strip(withoutParticle, PASSIVES);
        if (!active.equals(withoutParticle)) forms.add(active);
        var stem = strip(withoutParticle, PERSONS);
        forms.add(stem);
        // ينتهي ~ انتهى, ينسرق ~ انسرق, يستخرج ~ استخرج, and the «ت» after the first letter: يشتغل ~ اشتغل
        if (!stem.equals(withoutParticle) && (stem.startsWith("ن") || stem.startsWith("ت") || stem.startsWith("س")
                || stem.length() > 3 && stem.charAt(1) == 'ت')) {
            forms.add("ا" + stem);
        }
    }

    private static String strip(String s, List<String> prefixes) {
        for (var prefix : prefixes) {
            if (s.startsWith(prefix) && s.length() - prefix.length() >= SHORTEST) return s.substring(prefix.length());
        }
        return s;
    }

    private static boolean isArabic(String word) {
        return word.chars().allMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC);
    }

    /** A word as written, lower-cased and without the punctuation after it: «الي،» is «الي», "requires." is "requires". */
    static String bare(String word) {
        return TRAILING_PUNCTUATION.matcher(word.toLowerCase(Locale.ROOT)).replaceFirst("");
    }
}
