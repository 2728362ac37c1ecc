package org.nafitha.catalogue;

import java.util.Locale;

/** Text the catalogue holds in both languages; Arabic is the reference. */
public record LocalizedText(String ar, String en) {

    public LocalizedText {
        if (ar == null || ar.isBlank()) throw new IllegalArgumentException("Arabic text is required");
        if (en == null || en.isBlank()) en = ar;
    }

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : ar;
    }
}
