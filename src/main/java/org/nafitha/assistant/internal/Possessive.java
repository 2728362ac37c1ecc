package org.nafitha.assistant.internal;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The dialects' possessive written as a word of its own after the thing («البطاقة ديالي», «الهوية تبعي», «الرخصة
 * حقتي», «الإقامة مالتي», «الجواز بتاعي»), glued on as standard Arabic does («بطاقتي», «هويتي», «رخصتي»,
 * «إقامتي», «جوازي»): the lexicon tells «بطاقتي» (mine: the ID card) from «بطاقة» (any authority's card). Only
 * where the lexicon knows the word so glued: in «البطاقة الوطنية مالتي» the possessive is the card's, not «الوطنية»'s.
 */
final class Possessive {

    // a definite noun, with or without its ta marbuta, then the possessive word
    private static final Pattern APART = Pattern.compile(
            "(?<![\\p{L}])(?:ال)(\\p{IsArabic}{2,}?)([ةه]?)\\s+(?:ديالي|تبعي|تبعتي|حقي|حقتي|مالي|مالتي|بتاعي|بتاعتي|متاعي|نتاعي|تاعي)(?![\\p{L}])");

    private Possessive() {
    }

    /** The text with each possessive written apart glued on its noun, where the word so glued is a known one. */
    static String glued(String text, Predicate<String> known) {
        return APART.matcher(text).replaceAll(m -> {
            var glued = m.group(1) + (m.group(2).isEmpty() ? "ي" : "تي");
            return known.test(glued) ? glued : m.group();
        });
    }
}
