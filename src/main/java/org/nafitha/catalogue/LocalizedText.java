package org.nafitha.catalogue;

import java.util.Locale;

/** Text the catalogue holds in both languages; Arabic is the reference, and neither may be missing. */
public record LocalizedText(String ar, String en) {

    public LocalizedText {
        if (ar == null || ar.isBlank()) throw new IllegalArgumentException("Arabic text (ar) is missing");
        if (en == null || en.isBlank()) throw new IllegalArgumentException("English text (en) is missing for \"" + ar + "\"");
    }

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : ar;
    }
}
