package org.nafitha.country;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An amount of money in words, as receipts and cheques write it (تفقيط): "فقط ثلاثمائة ريال سعودي لا
 * غير". The currency's names come from the message bundles ({@code country.currency.<ISO code>.major}
 * and {@code .minor}), the minor units from ISO 4217. Arabic numbers follow the written standard:
 * 3–10 take the feminine form before the masculine counted noun (ثلاثة آلاف), 11 and above the
 * singular (أحد عشر ألفًا).
 */
@Component
public class AmountInWords {

    private static final String[] EN_ONES = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] EN_TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    private static final String[] EN_SCALES = {"thousand", "million", "billion"};

    private final MessageSource messages;

    AmountInWords(MessageSource messages) {
        this.messages = messages;
    }

    /** The amount in the locale's words with the currency's names, e.g. "فقط ثلاثمائة ريال سعودي لا غير". */
    public String say(BigDecimal amount, Currency currency, Locale locale) {
        var digits = currency.getDefaultFractionDigits();
        var scaled = amount.setScale(Math.max(digits, 0), RoundingMode.UNNECESSARY);
        var major = scaled.toBigInteger().longValueExact();
        var minor = digits <= 0 ? 0 : scaled.subtract(new BigDecimal(major)).movePointRight(digits).longValueExact();
        var arabic = "ar".equals(locale.getLanguage());
        var code = currency.getCurrencyCode();
        var majorName = messages.getMessage("country.currency." + code + ".major", null, code, locale);
        var words = (arabic ? arabic(major) : english(major)) + " " + majorName;
        if (minor > 0) {
            var minorName = messages.getMessage("country.currency." + code + ".minor", null, "", locale);
            words += (arabic ? " و" : " and ") + (arabic ? arabic(minor) : english(minor)) + " " + minorName;
        }
        return messages.getMessage("country.amountInWords", new Object[]{words.strip()}, locale);
    }

    /** A whole number in Arabic words: 1,250 → "ألف ومائتان وخمسون". */
    public static String arabic(long number) {
        return ArabicNumberWords.of(number);
    }

    /** A whole number in English words: 1,250 → "one thousand two hundred fifty". */
    public static String english(long number) {
        if (number < 0) throw new IllegalArgumentException("no words for a negative amount");
        if (number == 0) return "zero";
        List<String> parts = new ArrayList<>();
        long[] scales = {1_000_000_000L, 1_000_000L, 1_000L};
        for (int i = 0; i < scales.length; i++) {
            var count = (int) (number / scales[i] % 1000);
            if (number >= scales[i] && count > 0) parts.add(englishBelowThousand(count) + " " + EN_SCALES[2 - i]);
        }
        var rest = (int) (number % 1000);
        if (rest > 0) parts.add(englishBelowThousand(rest));
        return String.join(" ", parts);
    }

    private static String englishBelowThousand(int n) {
        var parts = new ArrayList<String>();
        if (n >= 100) parts.add(EN_ONES[n / 100] + " hundred");
        var rest = n % 100;
        if (rest > 0 && rest < 20) parts.add(EN_ONES[rest]);
        else if (rest >= 20) parts.add(rest % 10 == 0 ? EN_TENS[rest / 10] : EN_TENS[rest / 10] + "-" + EN_ONES[rest % 10]);
        return String.join(" ", parts);
    }
}
