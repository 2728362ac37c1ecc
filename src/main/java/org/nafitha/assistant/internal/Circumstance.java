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
     * What a paper is for («عشان», «مشان», the Maghreb's «باش», "for", "related to", the article «لل» glued on), what
     * something was done on or through («نصبوا علي على النت», «عالنت», "scammed over the internet") and what it was paid
     * with ("paid by bank transfer").
     */
    private static final Set<String> PURPOSE = Set.of("عشان", "علشان", "مشان", "منشان", "لاجل", "كرمال", "باش", "بش", "for",
            "bech", "bach", "علي", "on", "over", "via", "عبر", "related", "relating", "relevant", "paid", "pay", "paying");
    /** How many words after what a paper is for its other authority may come: «باش نودع ملف التوظيف». */
    private static final int FOR_WITHIN = 3;
    /**
     * Under someone's sponsorship («على كفالتها», «ع كفالتي», "under my sponsorship") says whose worker it is, not that
     * the sponsorship is moved: a circumstance.
     */
    private static final Set<String> UNDER = Set.of("علي", "ع", "تحت", "under");
    private static final List<String> SPONSORSHIP = List.of("كفال", "الكفال", "sponsorship");
    private static final List<String> GLUED_UNDER = List.of("عكفال", "عالكفال");
    private static final List<String> GLUED = List.of("لل", "عال");
    /**
     * Where someone is or something happened («بالمستشفى», "in hospital", "at the mall"): only a place one happens
     * to be in is a circumstance; an authority one goes to for something («في البنك», «في السفارة») stays theirs.
     */
    private static final Set<String> AT = Set.of("في", "فى", "in", "at", "inside", "داخل");
    private static final String GLUED_AT = "بال";
    static final List<String> PLACES = List.of("مستشفى", "عيادة", "مستوصف", "مول", "فندق", "مطعم", "مقهى", "كافيه", "سينما",
            "ملعب", "نادي", "hospital", "clinic", "mall", "hotel", "restaurant", "cafe", "cinema", "stadium", "gym",
            // the transport one was on and the airport («بالباص», «في التاكسي», «بالمطار», "in the bus", "on the metro")
            "باص", "حافلة", "مترو", "قطار", "تاكسي", "مطار", "bus", "metro", "tram", "taxi", "cab", "airport");
    /**
     * One's own shop or flat, where something was done to one («محلي», «الشقة بتاعتي», "my shop"): a circumstance of the
     * report, not the trade's or the housing's business.
     */
    private static final List<String> OWN_PLACES = List.of("شقه", "محل", "shop", "store", "apartment", "flat");
    private static final List<String> MY = List.of("تي", "تنا", "ي", "نا");
    private static final Set<String> MINE = Set.of("my", "our", "بتاعتي", "بتاعي", "تبعي", "تبعتي", "ديالي", "حقي", "حقتي",
            "متاعي", "مالي", "مالتي");
    /**
     * Another authority that asks for our paper is only who it is for: «الجامعة اللي برا طالبة فيش», "the school
     * is asking for it", «السفارة بدها شهادة ميلاد».
     */
    private static final Set<String> ASKS = Set.of("طالب", "طالبه", "طالبين", "طالبينها", "طالبينه", "يطلب", "تطلب", "يطلبون",
            "يطلبوا", "يطلبو", "طلبت", "طلبوا", "طلبو", "طلب", "يبون", "يبغون", "يبغوا", "بدهم", "بدها", "عايزين", "عاوزين",
            "عايزه", "requires", "require", "required", "asking", "asks", "asked", "wants", "needs", "demands", "requesting",
            // or gives or writes a paper of its own beside ours: «الطبيب عطاني شهادة», "the doctor came and wrote a paper"
            "عطاني", "اعطاني", "عطاه", "اعطاه", "عطاها", "اعطاها", "عطانا", "كتبلي", "كتبلنا", "كتبله", "wrote", "write",
            "writes", "signed");
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
            "by", "with", "through", "using", "الي", "علي",
            // the company or office of another authority («عشان شركة التأمين», "for the insurance company")
            "شركه", "الشركه", "شركة", "الشركة", "company", "مكتب", "office");
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
            if (asks(words, i) && elsewhere(words.get(i)) || particle.startsWith(GLUED_AT) && isPlace(particle.substring(3))
                    || particle.length() > 3 && particle.charAt(0) == 'ب' && isPlace(particle.substring(1))) {
                words.set(i, CONTEXT);
                continue;
            }
            if (GLUED_UNDER.stream().anyMatch(particle::startsWith) || ownPlace(words, i, particle)) {
                words.set(i, CONTEXT);
                continue;
            }
            var purpose = PURPOSE.contains(particle);
            var at = AT.contains(particle);
            if (!purpose && !at && !ORIGIN.contains(particle) && !UNDER.contains(particle)) continue;
            int next = i + 1;
            while (next < words.size() && BETWEEN.contains(ArabicText.fold(words.get(next)).toLowerCase(Locale.ROOT))) next++;
            if (next >= words.size()) break;
            var word = words.get(next);
            if (UNDER.contains(particle) && SPONSORSHIP.stream().anyMatch(ArabicText.fold(word).toLowerCase(Locale.ROOT)::startsWith)) {
                words.set(next, CONTEXT);
            } else if (purpose) {
                forWhat(words, i + 1, next);
            } else if (at ? isPlace(word) : ORIGIN.contains(particle) && isAbroad(word)) {
                words.set(next, CONTEXT);
            }
        }
        var all = analyse.apply(text);
        if (all.stream().noneMatch(this::isPaper) && all.stream().anyMatch(this::mayBeAbroad)) {
            words.replaceAll(w -> isAbroad(w) ? CONTEXT : w);
        }
        return String.join(" ", words);
    }

    /**
     * The other authority a paper is for, among the few words after the particle that are not ours («باش نودع ملف
     * التوظيف»), is a circumstance, and so is the company or office named before it («عشان شركة التأمين»).
     */
    private void forWhat(List<String> words, int after, int next) {
        for (int at = next; at < words.size() && at < next + FOR_WITHIN; at++) {
            var word = words.get(at);
            if (elsewhere(word)) {
                for (int between = after; between < at; between++) {
                    if (BETWEEN.contains(ArabicText.fold(words.get(between)).toLowerCase(Locale.ROOT))) words.set(between, "");
                }
                words.set(at, CONTEXT);
                return;
            }
            if (lexicon.expansions().containsKey(analyse.apply(word))) return;
        }
    }

    /** Whether the word is one's own shop or flat: with a possessive glued on or after it, or "my" before it. */
    private static boolean ownPlace(List<String> words, int i, String word) {
        var bare = WordForms.bare(word);
        var noun = bare.startsWith("ال") ? bare.substring(2) : bare;
        var before = i > 0 ? WordForms.bare(words.get(i - 1)) : "";
        var after = i + 1 < words.size() ? WordForms.bare(ArabicText.fold(words.get(i + 1))) : "";
        if (OWN_PLACES.contains(noun) && (MINE.contains(before) || MINE.contains(after))) return true;
        for (var my : MY) {
            if (!noun.endsWith(my) || noun.length() <= my.length() + 1) continue;
            var stem = noun.substring(0, noun.length() - my.length());
            if (OWN_PLACES.contains(stem) || my.startsWith("ت") && OWN_PLACES.contains(stem + "ه")) return true;
        }
        return false;
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
