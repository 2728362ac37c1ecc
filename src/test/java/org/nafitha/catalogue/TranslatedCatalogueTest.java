package org.nafitha.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.dataformat.yaml.YAMLMapper;

/** The catalogue's texts per language: translations from the files, English where one is missing. */
class TranslatedCatalogueTest {

    private final Catalogue catalogue = new Catalogue();

    @Test
    void aTextInAResidentsLanguageFallsBackToEnglishNeverToABlank() throws Exception {
        var text = YAMLMapper.builder().build().readValue("{ar: \"تجديد\", en: \"Renewal\", fr: \"Renouvellement\", ur: \"  \"}",
                LocalizedText.class);
        assertThat(text.in(Locale.forLanguageTag("fr"))).isEqualTo("Renouvellement");
        assertThat(text.in(Locale.forLanguageTag("ur"))).isEqualTo("Renewal");
        assertThat(text.isFallback(Locale.forLanguageTag("ur"))).isTrue();
        assertThat(text.isFallback(Locale.forLanguageTag("ar"))).isFalse();
        assertThat(text.in(Locale.forLanguageTag("ar"))).isEqualTo("تجديد");
        assertThat(text.byLanguage()).containsOnlyKeys("ar", "en", "fr");
        assertThatThrownBy(() -> new LocalizedText("تجديد", "Renewal", Map.of("French", "x")))
                .hasMessageContaining("not a language code");
    }

    @Test
    void theServicesAreReadInEveryResidentsLanguageFromTheTranslationFiles() {
        var passport = catalogue.find("passport-renewal").orElseThrow();
        assertThat(passport.name().in("ur")).isEqualTo("پاسپورٹ کی تجدید");
        assertThat(passport.name().in("fr")).isEqualTo("Renouvellement du passeport");
        assertThat(passport.name().in("ar")).isEqualTo("تجديد جواز السفر");
        for (var language : new String[] {"ur", "hi", "bn", "fil", "ml", "fr"}) {
            for (var service : catalogue.all()) {
                var completeness = ServiceTexts.completeness(service, language);
                assertThat(completeness.complete()).as(service.code() + " in " + language + ": " + completeness).isTrue();
            }
        }
    }

    @Test
    void everyTextHasAKeyThatNamesItByItsCodeNotItsPlace() {
        var keys = ServiceTexts.of(catalogue.find("birth-certificate").orElseThrow()).keySet();
        assertThat(keys).contains("birth-certificate.name", "birth-certificate.steps.0",
                "birth-certificate.fields.purpose.label", "birth-certificate.fields.purpose.options.first",
                "birth-certificate.reasons.not-eligible");
        // a key in a translation file that names no text is a translator's mistake, caught here
        var known = new HashSet<String>();
        catalogue.all().forEach(s -> known.addAll(ServiceTexts.of(s).keySet()));
        assertThat(CatalogueTranslations.load(CatalogueTranslations.FILES).keySet()).isSubsetOf(known);
    }
}
