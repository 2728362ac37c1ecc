package org.nafitha.country;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds Arabic spelling variants people use interchangeably, so that searching احمد finds أحمد,
 * مستشفى finds مستشفي, and مدينة finds مدينه: hamza forms of alef → ا, ى → ي, ة → ه, ؤ → و,
 * ئ → ي, tatweel and diacritics removed.
 */
public final class ArabicText {

    private ArabicText() {
    }

    public static String fold(String text) {
        var s = Normalizer.normalize(ArabicDigits.toLatin(text), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        var out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> out.append('ا');
                case 'ى' -> out.append('ي');
                case 'ة' -> out.append('ه');
                case 'ؤ' -> out.append('و');
                case 'ئ' -> out.append('ي');
                case 'ـ' -> { }
                default -> {
                    if (c < '\u064B' || c > '\u065F') out.append(c);
                }
            }
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }
}
