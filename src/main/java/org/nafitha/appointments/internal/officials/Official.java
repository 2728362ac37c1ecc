package org.nafitha.appointments.internal.officials;

import java.util.Locale;

/** A senior official people may ask to meet, and the office ({@code department}) that triages for them. */
public record Official(String id, String nameAr, String nameEn, String titleAr, String titleEn, String department) {

    public String name(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? nameAr : nameEn;
    }

    public String title(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? titleAr : titleEn;
    }
}
