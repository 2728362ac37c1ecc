package org.nafitha.issuance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HolderMaskTest {

    @Test
    void theFirstNameStaysAndEveryOtherPartShowsOnlyItsInitial() {
        assertThat(HolderMask.mask("أحمد بن علي الزهراني")).isEqualTo("أحمد ب… ع… الز…");
        assertThat(HolderMask.mask("Ahmed bin Ali Al-Zahrani")).isEqualTo("Ahmed b… A… A…");
        assertThat(HolderMask.mask("  نورة  ")).isEqualTo("نورة");
    }
}
