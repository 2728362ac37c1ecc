package org.nafitha.country;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicTextTest {

    @ParameterizedTest
    @CsvSource({"أحمد, احمد", "إبراهيم, ابراهيم", "آمنة, امنه", "مستشفى, مستشفي", "مؤسسة, موسسه", "جَوَاز, جواز",
            "عبـــدالله, عبدالله", "رقم ١٢٣, رقم 123"})
    void foldsSpellingVariantsToOneForm(String variant, String folded) {
        assertThat(ArabicText.fold(variant)).isEqualTo(ArabicText.fold(folded)).isEqualTo(folded);
    }

    @Test
    void convertsDigitsBothWays() {
        assertThat(ArabicDigits.toLatin("٠٥٠١٢٣٤٥٦٧ و ۰۹")).isEqualTo("0501234567 و 09");
        assertThat(ArabicDigits.toArabicIndic("PSP-2026")).isEqualTo("PSP-٢٠٢٦");
    }

    @Test
    void normalisesMobileNumbersToInternationalForm() {
        var phones = new PhoneNumbers(new CountryProperties(null, null, null, null, null, null));
        assertThat(phones.normalise("٠٥٠١٢٣٤٥٦٧")).hasValue("+966501234567");
        assertThat(phones.normalise("+966 50 123 4567")).hasValue("+966501234567");
        assertThat(phones.normalise("00966501234567")).hasValue("+966501234567");
        assertThat(phones.normalise("0401234567")).isEmpty();
        assertThat(phones.normalise("05012345")).isEmpty();
    }
}
