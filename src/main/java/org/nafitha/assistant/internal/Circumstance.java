package org.nafitha.assistant.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.nafitha.country.ArabicText;

/**
 * Another authority's word that is only a circumstance of the question, not the thing asked for: what
 * our paper is for («شهادة الجنسية للسفارة», "proof of nationality for an embassy", «شهادة وفاة مشان
 * الورثة») and the country someone comes from or travels to («صاحبي يبي يزورني من كندا», «اسافر تركيا وارجع»);
 * not an animal, a passport for one is not ours. The word is written as
 * {@link #CONTEXT}, which the reader takes as a word nobody wrote: it weighs as a person's story does and
 * no longer says the question is another authority's. So is any country in a question that asks for no
 * travel paper ("a police clearance for a job in Canada", "I'm British, my iqama expired"); a country the
 * question names a visa, passport or embassy beside ("a visa to visit Japan", «تأشيرة لليابان») stays that
 * country's business.
 */
final class Circumstance {

    /** A word of another authority's business that only says what for, where from or where to. */
    static final String CONTEXT = "zctx";

    /**
     * What a paper is for («عشان», «مشان», "for", the article «لل» glued on) and what something was done on or
     * through («نصبوا علي على النت», «عالنت», "scammed over the internet").
     */
    private static final Set<String> PURPOSE = Set.of("عشان", "علشان", "مشان", "منشان", "لاجل", "كرمال", "for", "علي", "on",
            "over", "via", "عبر");
    private static final List<String> GLUED = List.of("لل", "عال");
    /**
     * Where someone is or something happened («بالمستشفى», "in hospital", "at the mall"): only a place one happens
     * to be in is a circumstance; an authority one goes to for something («في البنك», «في السفارة») stays theirs.
     */
    private static final Set<String> AT = Set.of("في", "فى", "in", "at", "inside", "داخل");
    private static final String GLUED_AT = "بال";
    static final List<String> PLACES = List.of("مستشفى", "عيادة", "مستوصف", "مول", "فندق", "مطعم", "مقهى", "كافيه", "سينما",
            "ملعب", "نادي", "hospital", "clinic", "mall", "hotel", "restaurant", "cafe", "cinema", "stadium", "gym",
            // the transport one was on («بالباص», "in the bus", "on the metro")
            "باص", "حافلة", "مترو", "قطار", "bus", "metro", "tram");
    /**
     * Another authority that asks for our paper is only who it is for: «الجامعة اللي برا طالبة فيش», "the school
     * is asking for it", «السفارة بدها شهادة ميلاد».
     */
    private static final Set<String> ASKS = Set.of("طالب", "طالبه", "طالبين", "طالبينها", "طالبينه", "يطلب", "تطلب", "يطلبون",
            "يطلبوا", "يطلبو", "طلبت", "طلبوا", "طلبو", "طلب", "يبون", "يبغون", "يبغوا", "بدهم", "بدها", "عايزين", "عاوزين",
            "عايزه", "requires", "require", "required", "asking", "asks", "asked", "wants", "needs", "demands", "requesting");
    /** «طلب» (a request) and «طالب» (a student) are words of their own, not only asking. */
    private static final Set<String> REQUEST = Set.of("طلب", "طالب");
    /** How many words after another authority's word the asking may come («الجامعة اللي برا طالبة»). */
    private static final int ASKS_WITHIN = 3;
    /**
     * Where from or where to: only a country after it is a circumstance («من مصر», «اسافر تركيا وارجع», "travel to
     * Turkey and come back"), «من البنك» is still the bank's and a visa to a country that country's.
     */
    private static final Set<String> ORIGIN = Set.of("من", "from", "سافر", "اسافر", "يسافر", "نسافر", "تسافر", "مسافر",
            "رايح", "رايحه", "اروح", "يروح", "travel", "travelling", "traveling", "go", "going", "fly", "flying");
    /** Words between the particle and its word (folded): "for an embassy", "for my father's", "travel to". */
    private static final Set<String> BETWEEN = Set.of("a", "an", "the", "my", "our", "his", "her", "their", "your", "to",
            "الي", "علي");
    /** The papers of travel a country's own authorities give: a question about one and a country is theirs. */
    static final List<String> TRAVEL_PAPERS = List.of("تأشيرة", "فيزا", "visa", "جواز", "باسبور", "passport", "سفارة",
            "embassy", "قنصلية", "consulate");

    private final Function<String, List<String>> analyse;
    private final AnalysedLexicon lexicon;
    private final Set<String> papers;
    private final Set<String> places;

    /** @param analyse the analysis of the question's words, as the lexicon's */
    Circumstance(Function<String, List<String>> analyse, AnalysedLexicon lexicon) {
        this.analyse = analyse;
        this.lexicon = lexicon;
        this.papers = TRAVEL_PAPERS.stream().flatMap(p -> analyse.apply(p).stream()).collect(Collectors.toUnmodifiableSet());
        this.places = PLACES.stream().flatMap(p -> analyse.apply(p).stream()).collect(Collectors.toUnmodifiableSet());
    }

    /** The text with the words that are only circumstances written as {@link #CONTEXT}. */
    String mark(String text) {
        var words = new ArrayList<>(List.of(text.strip().split("\\s+")));
        for (int i = 0; i < words.size(); i++) {
            var particle = ArabicText.fold(words.get(i)).toLowerCase(Locale.ROOT);
            var glued = GLUED.stream().filter(g -> particle.length() > g.length() + 1 && particle.startsWith(g)).findFirst();
            if (glued.isPresent() && elsewhere(particle.substring(glued.get().length()))) {
                words.set(i, CONTEXT);
                continue;
            }
            // asking itself («طالبة», «يطلبون», "requires") carries the sentence, whoever asks
            if (ASKS.contains(WordForms.bare(particle)) && !REQUEST.contains(particle)) {
                words.set(i, "");
                continue;
            }
            if (asks(words, i) && elsewhere(words.get(i)) || particle.startsWith(GLUED_AT) && isPlace(particle.substring(3))) {
                words.set(i, CONTEXT);
                continue;
            }
            var purpose = PURPOSE.contains(particle);
            var at = AT.contains(particle);
            if (!purpose && !at && !ORIGIN.contains(particle)) continue;
            int next = i + 1;
            while (next < words.size() && BETWEEN.contains(ArabicText.fold(words.get(next)).toLowerCase(Locale.ROOT))) next++;
            if (next >= words.size()) break;
            var word = words.get(next);
            if (purpose ? elsewhere(word) : at ? isPlace(word) : isAbroad(word)) words.set(next, CONTEXT);
        }
        var all = analyse.apply(text);
        if (all.stream().noneMatch(this::isPaper) && all.stream().anyMatch(this::mayBeAbroad)) {
            words.replaceAll(w -> isAbroad(w) ? CONTEXT : w);
        }
        return String.join(" ", words);
    }

    /** Whether the word as written is a place one happens to be in, another authority's. */
    private boolean isPlace(String word) {
        var analysed = analyse.apply(word);
        return analysed.size() == 1 && places.contains(analysed.getFirst()) && lexicon.elsewhere().contains(analysed);
    }

    /** Whether one of the few words after the one at i asks for something. */
    private static boolean asks(List<String> words, int i) {
        for (int at = i + 1; at < words.size() && at <= i + ASKS_WITHIN; at++) {
            if (ASKS.contains(WordForms.bare(ArabicText.fold(words.get(at))))) return true;
        }
        return false;
    }

    /** Whether the word as written is another authority's business other than an animal, whose papers are theirs. */
    private boolean elsewhere(String word) {
        var analysed = analyse.apply(word);
        return lexicon.elsewhere().contains(analysed) && !lexicon.beings().contains(analysed);
    }

    /** Whether the word as written is another country, «لتركيا» with the preposition glued on as well. */
    private boolean isAbroad(String word) {
        return orWithoutGluedLam(word, w -> lexicon.abroad().contains(analyse.apply(w)));
    }

    private boolean mayBeAbroad(String analysed) {
        return orWithoutGluedLam(analysed, w -> lexicon.abroad().contains(List.of(w)));
    }

    /** Whether the word, or the word without the preposition «ل» glued on before it («لتركيا»), passes the test. */
    private static boolean orWithoutGluedLam(String word, Predicate<String> test) {
        return test.test(word) || word.length() > 3 && word.charAt(0) == 'ل' && test.test(word.substring(1));
    }

    /** «جوازي», «بتأشيرة»: a clitic the stemmer leaves on. */
    private boolean isPaper(String analysed) {
        return papers.contains(analysed) || analysed.length() > 3 && papers.contains(analysed.substring(1));
    }
}
