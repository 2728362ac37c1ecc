package org.nafitha.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaseReferenceTest {

    @Test
    void carriesACheckDigitThatCatchesATypo() {
        var reference = CaseReference.of("PSP", 2026, 123);
        assertThat(reference.value()).matches("PSP-2026-000123-\\d");
        assertThat(CaseReference.parse(reference.value())).hasValue(reference);
        var typo = reference.value().replace("000123", "000132");
        assertThat(CaseReference.parse(typo)).isEmpty();
        assertThatThrownBy(() -> new CaseReference(typo)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isReadAsPeopleTypeIt() {
        var reference = CaseReference.of("PSP", 2026, 7);
        var typed = " " + reference.value().toLowerCase().replace("2026", "٢٠٢٦") + " ";
        assertThat(CaseReference.parse(typed)).hasValue(reference);
        assertThat(CaseReference.parse("../../etc/passwd")).isEmpty();
    }
}
