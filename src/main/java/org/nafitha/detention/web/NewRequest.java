package org.nafitha.detention.web;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.ArabicDigits;
import org.nafitha.detention.Occasion;
import org.nafitha.detention.RequestType;
import org.nafitha.detention.Submission;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code date}: the visit's day or the occasion's; {@code amount}: a deposit, e.g. "250.00"; {@code document} base64;
 * {@code interpreter}: a sign-language interpreter in a video visit's call (left out: as the family member's
 * recorded accessibility needs say), {@code interpreterNote} their words about it.
 */
@Schema(name = "NewDetentionRequest", example = """
        {"type": "VISIT", "date": "2026-04-02", "details": "زيارة عائلية مع والدته وأخيه الأصغر",
         "occasion": null, "amount": null, "documentName": null, "document": null}""")
record NewRequest(@Nullable String type, @Nullable String date, @Nullable String details, @Nullable String occasion,
                  @Nullable String amount, @Nullable String documentName, @Nullable String document,
                  @Nullable Boolean interpreter, @Nullable String interpreterNote) {

    /** Empty when the type, date, occasion, amount or document cannot be read at all. */
    Optional<Submission> submission() {
        try {
            var requestType = RequestType.valueOf(String.valueOf(type));
            var day = date == null || date.isBlank() ? null : LocalDate.parse(ArabicDigits.toLatin(date.strip()));
            var on = occasion == null || occasion.isBlank() ? null : Occasion.valueOf(occasion);
            var minor = amount == null || amount.isBlank() ? null
                    : new BigDecimal(ArabicDigits.toLatin(amount.strip())).movePointRight(2).longValueExact();
            var bytes = document == null || document.isBlank() ? null : Base64.getDecoder().decode(document);
            return Optional.of(new Submission(requestType, day, details, on, minor, documentName, bytes, interpreter,
                    interpreterNote));
        } catch (IllegalArgumentException | ArithmeticException | DateTimeException unreadable) {
            return Optional.empty();
        }
    }
}
