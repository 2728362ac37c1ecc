package org.nafitha.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.country.ArabicDigits;
import org.nafitha.country.Calendars;
import org.springframework.stereotype.Component;

/** What a mandate covers and until when, as the person gave them: services the catalogue knows, a day to come. */
@Component
class MandateTerms {

    private final Catalogue catalogue;
    private final Calendars calendars;
    private final Clock clock;

    MandateTerms(Catalogue catalogue, Calendars calendars, Clock clock) {
        this.catalogue = catalogue;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** At least one service, each one the catalogue knows; otherwise the services field's problem. */
    void checkServices(List<String> services, Map<String, String> errors) {
        var known = catalogue.names(Locale.ENGLISH).keySet();
        if (services.isEmpty() || !known.containsAll(services)) errors.put("services", "identity.mandates.services.required");
    }

    /**
     * The end of the mandate's last day, null for none (until withdrawn); a day that is no date, or not one
     * to come, is the validUntil field's problem.
     */
    @Nullable Instant end(String rawUntil, Map<String, String> errors) {
        LocalDate until = null;
        if (!rawUntil.isBlank()) {
            try {
                until = LocalDate.parse(ArabicDigits.toLatin(rawUntil).strip());
                if (!until.isAfter(calendars.today(clock))) errors.put("validUntil", "identity.mandates.validUntil.past");
            } catch (DateTimeParseException e) {
                errors.put("validUntil", "catalogue.field.date");
            }
        }
        return until == null ? null : until.plusDays(1).atStartOfDay(calendars.zone()).toInstant();
    }
}
