package org.nafitha.appointments.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.ArabicDigits;

/** A start and a day as forms and the API send them, in any of the digits people type. */
final class BookingInput {

    private BookingInput() {
    }

    static Optional<Instant> parseStart(@Nullable String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        try {
            return Optional.of(Instant.parse(ArabicDigits.toLatin(text.strip())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<LocalDate> parseDay(@Nullable String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(ArabicDigits.toLatin(text.strip())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
