package org.nafitha.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;

import org.junit.jupiter.api.Test;
import org.nafitha.country.ArabicDigits;

class VerificationCodeTest {

    @Test
    void randomCodesAreSixteenCharactersWithAValidCheckAndDoNotRepeat() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            var code = VerificationCode.random();
            assertThat(VerificationCode.parse(code.value())).contains(code);
            assertThat(seen.add(code.value())).isTrue();
        }
    }

    @Test
    void typedCodesAreForgivenGroupingCaseArabicDigitsAndLookAlikes() {
        var code = VerificationCode.random();
        assertThat(VerificationCode.parse(code.grouped().toLowerCase())).contains(code);
        var arabicDigits = ArabicDigits.toArabicIndic(code.grouped());
        assertThat(VerificationCode.parse(arabicDigits)).contains(code);
        var withO = code.value().replace('0', 'O');
        assertThat(VerificationCode.parse(withO)).contains(code);
    }

    @Test
    void everySingleCharacterChangeIsCaughtByTheCheck() {
        var code = VerificationCode.random().value();
        var alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        for (int i = 0; i < 16; i++) {
            for (var c : alphabet.toCharArray()) {
                if (c == code.charAt(i)) continue;
                var changed = code.substring(0, i) + c + code.substring(i + 1);
                var zeroForZ = (c == '0' && code.charAt(i) == 'Z') || (c == 'Z' && code.charAt(i) == '0');
                if (!zeroForZ) assertThat(VerificationCode.parse(changed)).as(changed).isEmpty();
            }
        }
    }

    @Test
    void nonsenseIsNotACode() {
        assertThat(VerificationCode.parse("")).isEmpty();
        assertThat(VerificationCode.parse("<script>alert(1)</script>")).isEmpty();
        assertThat(VerificationCode.parse("U".repeat(16))).isEmpty();
        assertThatThrownBy(() -> new VerificationCode("1234")).isInstanceOf(IllegalArgumentException.class);
    }
}
