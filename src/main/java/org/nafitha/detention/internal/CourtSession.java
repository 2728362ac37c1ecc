package org.nafitha.detention.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A hearing of the detainee's trial; the outcome is written once it is held. */
public record CourtSession(UUID id, Instant heldAt, String courtAr, String courtEn,
                           @Nullable String outcomeAr, @Nullable String outcomeEn) {

    public String court(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? courtAr : courtEn;
    }

    public @Nullable String outcome(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? outcomeAr : outcomeEn;
    }
}
