package org.nafitha.assistant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A word nobody wrote meets the known word it is a form of; the words below are analysed as the
 * index holds them (folded, Lucene's light stemmer applied).
 */
class WordFormsTest {

    private final QuestionAnalyzer analyzer = new QuestionAnalyzer(List.of());
    private final WordForms forms = new WordForms(Set.of(one("انتهى"), one("جدد"), one("تنازل"), one("بطاقة"), one("سفر")));

    private String one(String word) {
        return analyzer.words(word).getFirst();
    }

    @Test
    void aDialectVerbMeetsTheKnownPerfectOfItsVerb() {
        // Levantine «بتنتهي», Egyptian «هتنتهي», the imperfect «ينتهي»: all «انتهى»
        for (var said : List.of("بتنتهي", "هتنتهي", "ينتهي", "حتنتهي")) {
            assertThat(forms.of(one(said), w -> true)).as(said).containsExactly(one("انتهى"));
        }
    }

    @Test
    void thePersonPrefixesAndAnObjectCliticAreStripped() {
        assertThat(forms.of(one("بنجددها"), w -> true)).containsExactly(one("جدد"));
        assertThat(forms.of(one("أجدد"), w -> true)).containsExactly(one("جدد"));
    }

    @Test
    void aKnownWordIsNeverReadAsAnotherOne() {
        // «بطاقة» is a word of its own, not «ب» + «طاقة»; nothing to meet, so nothing is offered
        assertThat(forms.of(one("بطاقة"), w -> true)).isEmpty();
        assertThat(forms.of(one("مطعم"), w -> true)).isEmpty();
    }

    @Test
    void latinWordsAndShortWordsAreLeftToTheOtherChecks() {
        assertThat(forms.of("renewing", w -> true)).isEmpty();
        assertThat(forms.of("سفر", w -> true)).isEmpty();
    }
}
