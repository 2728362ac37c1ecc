package org.nafitha.assistant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NegationTest {

    @Test
    void aParticleBeforeAWordMarksItAndOneBeforeBeingIsADenial() {
        assertThat(Negation.mark("الجواز مو ضايع")).isEqualTo("الجواز " + Negation.NOT + " ضايع");
        assertThat(Negation.mark("وانا ما كنت سايق")).isEqualTo("وانا " + Negation.DENIED + " سايق");
        assertThat(Negation.mark("it wasn't me")).isEqualTo("it " + Negation.DENIED + " me");
        assertThat(Negation.mark("وما راح يرجع")).isEqualTo(Negation.NOT + " يرجع");
    }

    @Test
    void owningAndAskingAreNotNegations() {
        assertThat(Negation.mark("ما عندي جواز")).isEqualTo("ماعندي جواز");
        assertThat(Negation.mark("ما هي الشروط")).isEqualTo("ما هي الشروط");
        assertThat(Negation.mark("ما المطلوب")).isEqualTo("ما المطلوب");
    }

    @Test
    void maAfterAConjunctionOrBeforeWhatIsAskedForDeniesNothing() {
        // «بعد ما ولدت»: after she gave birth; «ما خطوات التجديد»: what are the steps of renewing
        assertThat(Negation.mark("بعد ما ولدت")).isEqualTo("بعد ما ولدت");
        assertThat(Negation.mark("ما خطوات تجديد الرخصة")).isEqualTo("ما خطوات تجديد الرخصة");
        // the Gulf's «قبل لا اسافر»: before I travel
        assertThat(Negation.mark("قبل لا اسافر")).isEqualTo("قبل لا اسافر");
        assertThat(Negation.mark("لا اسافر")).isEqualTo(Negation.NOT + " اسافر");
    }

    @Test
    void maBeforeIdhaAsksWhetherAndDeniesNothing() {
        // «ما إذا كان»: whether there is — the warrant after it is what is asked about
        assertThat(Negation.mark("ابي اعرف ما إذا كان علي تعميم")).doesNotContain(Negation.NOT);
        assertThat(Negation.mark("ما اذا كان في قضية")).doesNotContain(Negation.NOT);
    }

    @Test
    void notHavingInEnglishIsOwningAsInArabic() {
        assertThat(Negation.mark("I don't have a passport")).isEqualTo("I don'thave a passport");
    }

    @Test
    void whatANegationDeniesDoesNotReachPastTheEndOfItsClause() {
        // «مو الي،»: not mine — the objection after the comma is still asked for
        assertThat(Negation.mark("غرامة مو الي، شلون اعترض")).isEqualTo("غرامة " + Negation.DENIED + " " + Negation.END + " شلون اعترض");
        assertThat(Negation.mark("خلصت. ابي اجدد")).isEqualTo("خلصت. " + Negation.END + " ابي اجدد");
    }
}
