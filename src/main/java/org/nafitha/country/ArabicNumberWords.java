package org.nafitha.country;

import java.util.ArrayList;

/**
 * Whole numbers in Arabic words as the written standard has them: 3–10 take the feminine form before
 * the masculine counted noun (ثلاثة آلاف), 11 and above the singular (أحد عشر ألفًا).
 */
final class ArabicNumberWords {

    private static final String[] AR_ONES = {"", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة",
            "عشرة", "أحد عشر", "اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر", "ستة عشر", "سبعة عشر", "ثمانية عشر", "تسعة عشر"};
    private static final String[] AR_TENS = {"", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"};
    private static final String[] AR_HUNDREDS = {"", "مائة", "مائتان", "ثلاثمائة", "أربعمائة", "خمسمائة", "ستمائة", "سبعمائة",
            "ثمانمائة", "تسعمائة"};
    /** Each scale's forms: one, two, three to ten (plural), eleven and above (singular, accusative). */
    private static final String[][] AR_SCALES = {
            {"ألف", "ألفان", "آلاف", "ألفًا"},
            {"مليون", "مليونان", "ملايين", "مليونًا"},
            {"مليار", "ملياران", "مليارات", "مليارًا"}};

    private ArabicNumberWords() {
    }

    /** A whole number in Arabic words: 1,250 → "ألف ومائتان وخمسون". */
    static String of(long number) {
        if (number < 0) throw new IllegalArgumentException("no words for a negative amount");
        if (number == 0) return "صفر";
        var parts = new ArrayList<String>();
        long[] scales = {1_000_000_000L, 1_000_000L, 1_000L};
        for (int i = 0; i < scales.length; i++) {
            var count = (int) (number / scales[i] % 1000);
            if (number >= scales[i] && count > 0) parts.add(arabicScale(count, AR_SCALES[2 - i]));
        }
        var rest = (int) (number % 1000);
        if (rest > 0) parts.add(arabicBelowThousand(rest));
        return String.join(" و", parts);
    }

    private static String arabicScale(int count, String[] forms) {
        if (count == 1) return forms[0];
        if (count == 2) return forms[1];
        if (count <= 10) return AR_ONES[count] + " " + forms[2];
        var tail = count % 100;
        // A whole hundred counts in the genitive singular (خمسمائة ألف); 3-10 after hundreds in the plural.
        if (tail == 0) return arabicBelowThousand(count) + " " + forms[0];
        if (tail >= 3 && tail <= 10) return arabicBelowThousand(count) + " " + forms[2];
        return arabicBelowThousand(count) + " " + forms[3];
    }

    private static String arabicBelowThousand(int n) {
        var parts = new ArrayList<String>();
        if (n >= 100) parts.add(AR_HUNDREDS[n / 100]);
        var rest = n % 100;
        if (rest > 0 && rest < 20) parts.add(AR_ONES[rest]);
        else if (rest >= 20) parts.add(rest % 10 == 0 ? AR_TENS[rest / 10] : AR_ONES[rest % 10] + " و" + AR_TENS[rest / 10]);
        return String.join(" و", parts);
    }
}
