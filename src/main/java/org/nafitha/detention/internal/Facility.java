package org.nafitha.detention.internal;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Set;

/** A prison or detention centre: its visiting days and the monthly cap on deposits per detainee. */
public record Facility(String code, String nameAr, String nameEn, long depositCapMinor, Set<DayOfWeek> visitDays) {

    public String name(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? nameAr : nameEn;
    }
}
