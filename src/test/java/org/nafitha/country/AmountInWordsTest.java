package org.nafitha.country;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class AmountInWordsTest {

    private final AmountInWords words = new AmountInWords(bundles());

    @Test
    void arabicNumbersFollowTheWrittenStandard() {
        assertThat(AmountInWords.arabic(300)).isEqualTo("ثلاثمائة");
        assertThat(AmountInWords.arabic(21)).isEqualTo("واحد وعشرون");
        assertThat(AmountInWords.arabic(1_250)).isEqualTo("ألف ومائتان وخمسون");
        assertThat(AmountInWords.arabic(2_000)).isEqualTo("ألفان");
        assertThat(AmountInWords.arabic(3_000)).isEqualTo("ثلاثة آلاف");
        assertThat(AmountInWords.arabic(11_000)).isEqualTo("أحد عشر ألفًا");
        assertThat(AmountInWords.arabic(25_000)).isEqualTo("خمسة وعشرون ألفًا");
        assertThat(AmountInWords.arabic(91_000)).isEqualTo("واحد وتسعون ألفًا");
        assertThat(AmountInWords.arabic(2_500_000)).isEqualTo("مليونان وخمسمائة ألف");
        assertThat(AmountInWords.arabic(0)).isEqualTo("صفر");
    }

    @Test
    void aReceiptsTotalInBothLanguagesWithTheCurrencysNames() {
        var sar = Currency.getInstance("SAR");
        assertThat(words.say(new BigDecimal("600"), sar, Locale.forLanguageTag("ar")))
                .isEqualTo("فقط ستمائة ريال سعودي لا غير");
        assertThat(words.say(new BigDecimal("150.50"), sar, Locale.forLanguageTag("ar")))
                .isEqualTo("فقط مائة وخمسون ريال سعودي وخمسون هللة لا غير");
        assertThat(words.say(new BigDecimal("1250.05"), sar, Locale.ENGLISH))
                .isEqualTo("one thousand two hundred fifty Saudi riyals and five halalas only");
        assertThat(words.say(new BigDecimal("25000"), Currency.getInstance("IQD"), Locale.forLanguageTag("ar")))
                .isEqualTo("فقط خمسة وعشرون ألفًا دينار عراقي لا غير");
    }

    private static ResourceBundleMessageSource bundles() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
