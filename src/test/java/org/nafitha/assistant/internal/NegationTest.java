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
}
