package org.nafitha.country;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NationalIdsTest {

    private final NationalIds saudi = new NationalIds(new CountryProperties(null, null, null, null, null, null));

    @ParameterizedTest
    @ValueSource(strings = {"1000000008", "1000000016", "2000000006", "١٠٠٠٠٠٠٠٠٨", "۱۰۰۰۰۰۰۰۱۶", "100 000 0008"})
    void acceptsValidSaudiNumbersInAnyDigits(String raw) {
        assertThat(saudi.check(raw)).isInstanceOf(NationalIds.Valid.class);
    }

    @ParameterizedTest
    @CsvSource({
            "1000000009, CHECK_DIGIT",
            "100000000, LENGTH",
            "10000000080, LENGTH",
            "3000000004, PREFIX",
            "10000a0008, FORMAT",
            "'', EMPTY"})
    void refusesWithTheReason(String raw, NationalIds.Problem problem) {
        assertThat(saudi.check(raw)).isEqualTo(new NationalIds.Invalid(problem));
    }

    @Test
    void tellsCitizensFromResidents() {
        assertThat(((NationalIds.Valid) saudi.check("1000000008")).citizen()).isTrue();
        assertThat(((NationalIds.Valid) saudi.check("2000000006")).citizen()).isFalse();
    }

    @Test
    void luhnCheckDigitRoundTrips() {
        for (var payload : new String[]{"100000000", "200000000", "2026000123", "7992739871"}) {
            assertThat(Luhn.valid(payload + Luhn.checkDigit(payload))).isTrue();
        }
        assertThat(Luhn.checkDigit("7992739871")).isEqualTo(3);
    }
}
