package org.nafitha.assistant.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The negations of a question, written as words the analysis keeps: «ما», «مش», «لا», "not" are stop
 * words, and without them «مو ضايع الجواز بس منتهي» (not lost: expired) reads as a lost passport and
 * «ما كنت بالسيارة» as a car. A particle before a word becomes {@link #NOT}, which the reader takes as
 * "the next word is not what is asked about"; a particle before being or owning («ما كنت», «مش بتاعتي»,
 * "wasn't", "not me") becomes {@link #DENIED}, a denial the lexicon gives a meaning (it is not mine: an
 * objection); «ما عندي» (I have none) is kept as one word, as the lexicon writes it. The lexicon's phrases
 * are marked the same way, so «ما لقيته» and "wasn't driving" meet the question's.
 */
final class Negation {

    /** The particle before a word the question says is not the case. */
    static final String NOT = "zneg";
    /** A denial of being or owning: "it was not me", "not mine". */
    static final String DENIED = "zdnx";
    /** The end of a clause («،», ".", "?"): what a negation denies does not reach past it. */
    static final String END = "zend";

    private static final Set<String> PARTICLES = Set.of("ما", "مو", "مش", "مب", "موب", "موش", "مهوش", "مهو", "لا", "لم", "لن",
            "ليس", "مانيش", "not", "don't", "dont", "didn't", "didnt", "doesn't", "doesnt", "haven't", "havent", "hasn't",
            "isn't", "isnt", "aren't");
    /** Particles that deny being by themselves: "wasn't", «ماني» (I am not). */
    private static final Set<String> DENIALS = Set.of("ماني", "مكنتش", "ماكنت", "مكنش", "wasn't", "wasnt", "weren't");
    private static final Set<String> BEING = Set.of("كنت", "كان", "كانت", "كنا", "انا", "أنا", "احنا", "لي", "ليا", "الي", "إلي",
            "بتاعتي", "بتاعي", "تبعي", "تبعتي", "حقي", "حقتي", "مالي", "مالتي", "ملكي", "me", "mine", "i", "i'm", "im");
    private static final Set<String> OWNING = Set.of("عندي", "عنده", "عندها", "عندهم", "عندنا", "عندك", "معي", "معاه", "معاها",
            "معايا", "معاي", "have", "has", "had", "got");
    /** «ما» before these asks what or whether: «ما هي الشروط», «ما زال», «ما خطوات التجديد», «ما المطلوب», «ما إذا كان». */
    private static final Set<String> ASKING = Set.of("هي", "هو", "هى", "هم", "زال", "زالت", "زلت", "دام", "بين", "يلي", "اذا", "إذا",
            "خطوات", "شروط", "اجراءات", "إجراءات", "متطلبات", "اوراق", "أوراق", "مستندات", "وثائق", "رسوم", "مدة", "مده",
            "تكلفة", "تكلفه", "طريقة", "طريقه", "كيفية", "كيفيه", "مطلوب", "المطلوب", "الذي", "اللي", "الي", "يجب");
    /** «ما» after these joins a clause, it denies nothing: «بعد ما ولدت», «قبل ما يخلص», «زي ما قالوا». */
    private static final Set<String> JOINING = Set.of("بعد", "قبل", "زي", "زيّ", "مثل", "متل", "كل", "حسب", "لين", "عند",
            "طول", "من", "بعدما", "قبلما");
    /** The Gulf's «قبل لا» is «قبل ما», before: «قبل لا اسافر» denies nothing. */
    private static final Set<String> BEFORE = Set.of("قبل");
    private static final Pattern CLAUSE_END = Pattern.compile(".*[،,.?!؟;:؛]$");
    private static final Set<String> FUTURE = Set.of("راح", "رح", "ح", "حا", "بدو", "going", "gonna");

    private Negation() {
    }

    /** The text with its negations marked; the words are split on spaces, punctuation stays where it is. */
    static String mark(String text) {
        var words = List.of(text.strip().split("\\s+"));
        var out = new ArrayList<String>();
        for (int i = 0; i < words.size(); i++) {
            var word = words.get(i);
            var lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
            var previous = i > 0 ? WordForms.bare(words.get(i - 1)) : "";
            var joining = JOINING.contains(previous);
            // the conjunction glued on: «ومش لاقيها», «وما كنت»
            if (lower.length() > 2 && lower.charAt(0) == 'و' && (PARTICLES.contains(lower.substring(1)) || DENIALS.contains(lower.substring(1)))) {
                lower = lower.substring(1);
            }
            var next = i + 1 < words.size() ? WordForms.bare(words.get(i + 1)) : "";
            var ends = i + 1 < words.size() && CLAUSE_END.matcher(words.get(i + 1)).matches();
            if (CLAUSE_END.matcher(lower).matches()) {
                out.add(word);
                out.add(END);
            } else if (DENIALS.contains(lower)) {
                out.add(DENIED);
            } else if (!PARTICLES.contains(lower) || next.isEmpty() || joining && lower.equals("ما")
                    || BEFORE.contains(previous) && lower.equals("لا")) {
                out.add(word);
            } else if (FUTURE.contains(next) && i + 2 < words.size()) {
                // «ما راح يرجع», "not going to": the word after the future particle is the one denied
                out.add(NOT);
                i++;
            } else if (OWNING.contains(next)) {
                out.add(word + next);
                i++;
                if (ends) out.add(END);
            } else if (BEING.contains(next)) {
                out.add(DENIED);
                i++;
                if (ends) out.add(END);
            } else if (lower.equals("ما") && (ASKING.contains(next) || next.startsWith("ال"))) {
                out.add(word);
            } else {
                out.add(NOT);
            }
        }
        return String.join(" ", out);
    }
}
