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
    private final WordForms forms = new WordForms(Set.of(one("انتهى"), one("جدد"), one("تنازل"), one("بطاقة"), one("سفر"),
            one("جواز"), one("والد"), one("اشتغل"), one("اعرف"), one("نصب")));

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
    void theFirstPersonAfterTheLevantsParticleAndThePassiveMeetTheirVerb() {
        // «بعرف» is «ب» + «أعرف», the alef dropped; Egypt's passive «اتنصب» (I was swindled) is «نصب»
        assertThat(forms.of(one("بعرف"), w -> true)).containsExactly(one("اعرف"));
        assertThat(forms.of(one("اتنصب"), w -> true)).containsExactly(one("نصب"));
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

    @Test
    void theConjunctionAndTheDialectsOnForAreStrippedFromAWordNobodyWrote() {
        // «عجواز» (Levantine «على جواز»), «والجواز», «وجوازي»: the stemmer leaves the «و» on, the forms take it off
        for (var said : List.of("عجواز", "عالجواز", "والجواز", "وجوازي")) {
            assertThat(forms.of(one(said), w -> true)).as(said).containsExactly(one("جواز"));
        }
    }

    @Test
    void aLeadingWawIsNotTakenForTheConjunctionByTheStemmer() {
        // «ولدت» (she gave birth), «وفاة» (death), «والدتي» (my mother) keep their first letter
        assertThat(one("ولدت")).isEqualTo("ولدت");
        assertThat(one("وفاة")).startsWith("وف");
        assertThat(forms.of(one("والدتي"), w -> true)).containsExactly(one("والد"));
        // the dialects' «ولادي» (my children) is «اولادي», never «ولادة» (birth)
        assertThat(analyzer.words("ولادي")).isEqualTo(analyzer.words("اولادي")).isNotEqualTo(analyzer.words("ولادة"));
    }

    @Test
    void theLevantsAndTheMaghrebsEndingsAndTheFormWithTaAfterTheFirstLetterAreMet() {
        // «جوازو» (his passport), «نجددو» (we renew it), «جددلو» (renew it for him), «بيشتغل» of «اشتغل»
        assertThat(forms.of(one("جوازو"), w -> true)).containsExactly(one("جواز"));
        assertThat(forms.of(one("نجددو"), w -> true)).containsExactly(one("جدد"));
        assertThat(forms.of(one("جددلو"), w -> true)).containsExactly(one("جدد"));
        assertThat(forms.of(one("بيشتغل"), w -> true)).containsExactly(one("اشتغل"));
    }
}
