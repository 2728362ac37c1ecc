package org.nafitha.assistant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Arabic written in Latin letters and digits is read back into Arabic script when a spelling of it is a
 * known word; English stays English. The known words here are analysed as the index holds them.
 */
class ArabiziTest {

    private final QuestionAnalyzer analyzer = new QuestionAnalyzer(List.of("بدي", "ابي"));
    private final Set<String> lexicon = Set.of(one("جواز"), one("خلصت"), one("مخالفه"), one("اعترض"), one("هويتي"));
    private final Set<String> catalogue = Set.of(one("تجديد"), one("passport"), one("renew"), one("اول"), one("مره"));
    private final Arabizi arabizi = new Arabizi(analyzer, lexicon::contains, w -> lexicon.contains(w) || catalogue.contains(w));

    private String one(String word) {
        return analyzer.words(word).getFirst();
    }

    @Test
    void digitsAndDigraphsStandForTheLettersLatinLacksAndShortVowelsMayBeDropped() {
        assertThat(arabizi.read("hawyti 5lset")).isEqualTo("هويتي خلصت");
        assertThat(arabizi.read("abi a3tared 3ala mo5alafa")).contains("ابي", "اعترض", "مخالفه");
        assertThat(arabizi.read("jawazi 5ales bdi")).startsWith("جوازي");
    }

    @Test
    void withoutDigitsAQuestionIsReadSoOnlyWhenAWordReadsAsArabicWithoutASecondChoice() {
        assertThat(arabizi.read("awal jawaz")).isEqualTo("اول جواز");
        // English is English: a little word of English, or no word that reads plainly as Arabic
        assertThat(arabizi.read("I want to renew my passport")).isEqualTo("I want to renew my passport");
        assertThat(arabizi.read("marathon roads closed today")).isEqualTo("marathon roads closed today");
    }

    @Test
    void withoutDigitsTwoWordsReadAsTheLexiconsAreEnoughThoughNeitherReadsWithoutASecondChoice() {
        assertThat(arabizi.read("jawazi mukhalafa")).isEqualTo("جوازي مخالفه");
    }

    @Test
    void theArticleGluedOnIsReadApartWhenTheWordCannotBeReadWithIt() {
        assertThat(arabizi.read("ljawaz 5ales")).startsWith("الجواز ");
    }

    @Test
    void aWordWithNoKnownSpellingIsLeftAsItIsForTheSpellingFallback() {
        assertThat(arabizi.read("jawazi 5arbqz")).isEqualTo("جوازي 5arbqz");
    }

    @Test
    void theSpellingsGoFromThePlainestToTheLeastLikely() {
        var spellings = Arabizi.spellings("milad");
        assertThat(spellings.getFirst().text()).isEqualTo("ملد");
        assertThat(spellings.stream().map(Arabizi.Spelling::text)).contains("ميلاد");
        assertThat(spellings).isSortedAccordingTo((a, b) -> Integer.compare(a.cost(), b.cost()));
    }
}
