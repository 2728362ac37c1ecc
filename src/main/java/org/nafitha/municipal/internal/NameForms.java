package org.nafitha.municipal.internal;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.nafitha.country.ArabicText;

import com.ibm.icu.text.Transliterator;

/**
 * The forms of one name part the matcher compares. {@link #arabic} folds the spelling variants
 * Arabic writers use interchangeably (hamza and alef forms, ة/ه, ى/ي, diacritics, tatweel — see
 * {@link ArabicText}), joins compounds (عبد الله = عبدالله, أبو شقرا = ابوشقرا), reads ابن as بن
 * and drops ال from a family name. {@link #skeleton} goes further so that Arabic and Latin
 * spellings meet: ICU transliterates to Latin letters, then vowels (which Arabic script mostly
 * does not write and Latin spellings vary in: Mohammad, Muhamed), doubled letters, a final h
 * (ة: Fatima, فاطمة, Fatmeh) and the Latin spellings of the same sound (ch/sh, q/k, g/j, th/t,
 * dh/z) are folded, leaving a consonant key: محمد, Mohamed and Muhammad all give {@code mhmd}.
 */
public final class NameForms {

    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));
    private static final Pattern ARABIC = Pattern.compile("\\p{InArabic}");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("^ال(?=\\p{InArabic}{2})");
    private static final Pattern LATIN_ARTICLE = Pattern.compile("^(al|el)(?=[a-z]{3})");
    private static final Pattern LATIN_SON_OF = Pattern.compile("\\b(ibn|bin|ben)\\b");

    /**
     * Names repeat across a register (a few thousand spellings for a million people), and ICU's
     * transliteration is the costly step of a comparison: each spelling is folded once. Bounded,
     * so that an unusual register cannot grow it without end.
     */
    private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();
    private static final int FOLDED_MAX = 200_000;

    private NameForms() {
    }

    public static boolean hasArabic(String s) {
        return ARABIC.matcher(s).find();
    }

    public static boolean hasLatin(String s) {
        return LATIN.matcher(s).find();
    }

    /** Folded Arabic letters without spaces; a Latin-letter name is returned lower-cased, for the skeleton to handle. */
    public static String arabic(String part, boolean family) {
        var folded = ArabicText.fold(part).replaceAll("(^|\\s)ابن(\\s|$)", "$1بن$2").replaceAll("[\\s\\-'’]+", "");
        return family ? ARABIC_ARTICLE.matcher(folded).replaceFirst("") : folded;
    }

    /** The consonant key of a name part, the same for its Arabic and Latin spellings. */
    public static String skeleton(String part, boolean family) {
        var key = (family ? "F" : "P") + part;
        var known = FOLDED.get(key);
        if (known != null) return known;
        var folded = fold(part, family);
        if (FOLDED.size() < FOLDED_MAX) FOLDED.put(key, folded);
        return folded;
    }

    private static String fold(String part, boolean family) {
        // A final ه (or ة, folded to it) is mostly unwritten in Latin spellings: سعادة, Saadeh, Saade.
        var arabic = ArabicText.fold(part).replaceAll("(^|\\s)ابن(\\s|$)", "$1بن$2").replaceAll("(?<=\\p{InArabic}{2})ه(?=\\s|$)", "");
        var latin = TO_LATIN.get().transliterate(arabic).toLowerCase(Locale.ROOT);
        latin = LATIN_SON_OF.matcher(latin).replaceAll("bn");
        latin = latin.replaceAll("[^a-z]", "");
        if (family) latin = LATIN_ARTICLE.matcher(latin).replaceFirst("");
        latin = latin.replace("ch", "sh").replace("ph", "f").replace("th", "t").replace("dh", "z")
                .replace('q', 'k').replace('c', 'k').replace('g', 'j').replace("kh", "x").replace("sh", "$")
                .replace('p', 'b').replace('v', 'f');
        var key = new StringBuilder();
        for (char c : latin.toCharArray()) {
            if ("aeiouyw".indexOf(c) >= 0) continue;
            if (!key.isEmpty() && key.charAt(key.length() - 1) == c) continue;
            key.append(c);
        }
        if (key.length() > 2 && key.charAt(key.length() - 1) == 'h') key.setLength(key.length() - 1);
        return key.toString();
    }

    /**
     * A skeleton without h, which Latin spellings use for a vowel as often as for ه or ح (Tohme,
     * طعمة; Mahmoud, محمود): blocking keys use it, and equal soft skeletons count as close.
     */
    public static String soft(String skeleton) {
        var key = new StringBuilder();
        for (char c : skeleton.toCharArray()) {
            if (c == 'h') continue;
            if (!key.isEmpty() && key.charAt(key.length() - 1) == c) continue;
            key.append(c);
        }
        return key.toString();
    }
}
