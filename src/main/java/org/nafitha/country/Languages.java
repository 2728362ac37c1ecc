package org.nafitha.country;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The languages the country's portal speaks ({@code nafitha.country.languages}, the first one is the
 * default) out of those Nafitha knows ({@link Language}). Which direction a page runs, which font it
 * loads and what a language is called in its own script are decided here, once.
 */
@Component("languages")
public final class Languages {

    private final List<Language> offered;

    @Autowired
    Languages(@Value("${nafitha.country.languages:ar,en,ur,hi,bn,fil,ml,fr}") String codes) {
        this(List.of(codes.split("\\s*,\\s*")));
    }

    public Languages(List<String> codes) {
        if (codes.isEmpty()) throw new IllegalArgumentException("nafitha.country.languages is empty");
        var known = known();
        this.offered = codes.stream().distinct().map(code -> known.stream().filter(l -> l.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("nafitha.country.languages: Nafitha does not speak \"" + code
                        + "\"; it knows " + known.stream().map(Language::code).toList()))).toList();
        var codesOffered = offered.stream().map(Language::code).toList();
        if (!codesOffered.contains("ar") || !codesOffered.contains("en")) {
            throw new IllegalArgumentException("nafitha.country.languages must offer ar and en (staff pages and legal texts use them)");
        }
    }

    /** In the order the country lists them; the default first. */
    public List<Language> offered() {
        return offered;
    }

    public Language byDefault() {
        return offered.getFirst();
    }

    /** The offered language of a locale, or none (a language the portal does not speak). */
    public Optional<Language> of(@Nullable Locale locale) {
        if (locale == null) return Optional.empty();
        var code = locale.getLanguage();
        // Tagalog is how Java names Filipino's older code
        var wanted = "tl".equals(code) ? "fil" : code;
        return offered.stream().filter(l -> l.code().equals(wanted)).findFirst();
    }

    /** The locale's language if offered, else the default: what a page is written in. */
    public Language spoken(@Nullable Locale locale) {
        return of(locale).orElse(byDefault());
    }

    /** {@code rtl} or {@code ltr}, for a page's {@code dir}. */
    public String direction(@Nullable Locale locale) {
        return spoken(locale).rightToLeft() ? "rtl" : "ltr";
    }

    /** The offered languages' codes, the default first. */
    public List<String> codes() {
        return offered.stream().map(Language::code).toList();
    }

    public List<Locale> locales() {
        return offered.stream().map(Language::locale).toList();
    }

    /**
     * A language Nafitha has texts for, as {@code i18n/languages.yml} describes it.
     *
     * @param nativeName  what its speakers call it, shown in the language chooser
     * @param rightToLeft whether its pages run right to left
     * @param font        the stylesheet under {@code /css/lang/} that brings its script's font, when
     *                    the page's own fonts do not cover it
     * @param staffPages  whether staff pages are written in it too (otherwise staff read English)
     */
    public record Language(String code, String nativeName, boolean rightToLeft, @Nullable String font, boolean staffPages) {

        public Language {
            if (code == null || !code.matches("[a-z]{2,3}")) throw new IllegalArgumentException("bad language code " + code);
            if (nativeName == null || nativeName.isBlank()) throw new IllegalArgumentException("language " + code + " has no name");
        }

        public Locale locale() {
            return Locale.forLanguageTag(code);
        }
    }

    /** Every language described in {@code i18n/languages.yml}. */
    public static List<Language> known() {
        try (var in = Languages.class.getResourceAsStream("/i18n/languages.yml")) {
            if (in == null) throw new IllegalStateException("i18n/languages.yml is missing");
            return List.of(YAMLMapper.builder().build().readValue(in, Language[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
