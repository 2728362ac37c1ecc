package org.nafitha.catalogue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Text the catalogue holds per language: Arabic is the reference and English is required beside
 * it; other languages (Urdu, French, ...) are translations that may still be missing, in which case
 * a reader of that language gets the English text ({@link #isFallback}) rather than a blank.
 * In YAML and JSON it is one map, {@code {ar: ..., en: ..., fr: ...}}.
 *
 * @param others translations beyond Arabic and English, by language code
 */
public record LocalizedText(String ar, String en, @JsonIgnore Map<String, String> others) {

    public LocalizedText {
        if (ar == null || ar.isBlank()) throw new IllegalArgumentException("Arabic text (ar) is missing");
        if (en == null || en.isBlank()) throw new IllegalArgumentException("English text (en) is missing for \"" + ar + "\"");
        var kept = new TreeMap<String, String>();
        if (others != null) {
            others.forEach((language, text) -> {
                if (!language.matches("[a-z]{2,3}")) {
                    throw new IllegalArgumentException("\"" + language + "\" is not a language code (for \"" + ar + "\")");
                }
                if (text != null && !text.isBlank() && !"ar".equals(language) && !"en".equals(language)) kept.put(language, text.strip());
            });
        }
        others = Collections.unmodifiableMap(kept);
    }

    public LocalizedText(String ar, String en) {
        this(ar, en, Map.of());
    }

    /** The map as written in a service file: {@code ar}, {@code en} and any translations. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static LocalizedText of(Map<String, String> texts) {
        var rest = new LinkedHashMap<>(texts);
        var ar = rest.remove("ar");
        var en = rest.remove("en");
        return new LocalizedText(ar, en, rest);
    }

    /** In JSON the translations sit beside {@code ar} and {@code en}: {@code {"ar": ..., "en": ..., "ur": ...}}. */
    @JsonAnyGetter
    Map<String, String> translations() {
        return others;
    }

    /** Every language's text, Arabic and English first. */
    public Map<String, String> byLanguage() {
        var all = new LinkedHashMap<String, String>();
        all.put("ar", ar);
        all.put("en", en);
        all.putAll(others);
        return all;
    }

    /** The text in the reader's language, or the English text when it has not been translated yet. */
    public String in(Locale locale) {
        return in(locale.getLanguage());
    }

    public String in(String language) {
        return switch (language) {
            case "ar" -> ar;
            case "en" -> en;
            default -> others.getOrDefault(language, en);
        };
    }

    /** Whether this text has its own wording in the language. */
    public boolean has(String language) {
        return "ar".equals(language) || "en".equals(language) || others.containsKey(language);
    }

    /** Whether a reader of the locale's language is shown the English text because there is no translation. */
    public boolean isFallback(Locale locale) {
        return !has(locale.getLanguage());
    }

    /** The same text with translations added or replaced (a blank one removes nothing). */
    public LocalizedText with(Map<String, String> translations) {
        if (translations.isEmpty()) return this;
        var merged = new TreeMap<>(others);
        translations.forEach((language, text) -> {
            if (text != null && !text.isBlank()) merged.put(language, text);
        });
        return new LocalizedText(ar, en, merged);
    }
}
