package org.nafitha.detention.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.NationalId;
import org.nafitha.detention.LegalStatus;

/** One person held, as the custody register records them. */
public record Detainee(UUID id, NationalId nationalId, String fileNumber, String nameAr, String nameEn,
                       String facility, String wing, LocalDate admittedOn, LegalStatus legalStatus,
                       @Nullable String sentenceAr, @Nullable String sentenceEn, @Nullable LocalDate expectedRelease,
                       boolean visitsAllowed, int monthlyVisits, @Nullable String healthAr, @Nullable String healthEn,
                       boolean healthConsent, int version) {

    public String name(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? nameAr : nameEn;
    }

    public @Nullable String sentence(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? sentenceAr : sentenceEn;
    }

    public @Nullable String health(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? healthAr : healthEn;
    }
}
