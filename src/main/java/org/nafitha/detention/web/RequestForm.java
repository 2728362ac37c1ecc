package org.nafitha.detention.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.ArabicDigits;
import org.nafitha.detention.DetentionError;
import org.nafitha.detention.Occasion;
import org.nafitha.detention.RequestType;
import org.nafitha.detention.Submission;
import org.nafitha.portal.DateEntry;
import org.springframework.context.MessageSource;
import org.springframework.web.multipart.MultipartFile;

/**
 * A request form as typed: read into a {@link Submission}, every problem kept per field (date, details,
 * occasion, amount, document) so the page shows each beside its field with the rest as typed.
 */
record RequestForm(RequestType type, Map<String, String> typed, @Nullable MultipartFile document) {

    /** The field a refusal belongs to on the form. */
    static String fieldOf(DetentionError e) {
        return switch (e) {
            case DETAILS_REQUIRED -> "details";
            case OCCASION_REQUIRED -> "occasion";
            case DOCUMENT_REQUIRED -> "document";
            case BAD_AMOUNT, DEPOSIT_CAP -> "amount";
            case INTERPRETER_NOTE_TOO_LONG -> "interpreterNote";
            default -> "date";
        };
    }

    record Read(Submission submission, Map<String, String> errors) {
    }

    Read read(MessageSource messages, Locale locale) throws IOException {
        var errors = new LinkedHashMap<String, String>();
        var date = typed.containsKey("date-day") ? DateEntry.read(typed, "date") : null;
        var day = date instanceof DateEntry.Read r ? r.date() : null;
        if (date instanceof DateEntry.Refused refused && refused.problem() != DateEntry.Problem.MISSING) {
            errors.put("date", messages.getMessage(refused.problem().messageKey(), null, locale));
        }
        var occasion = parse(typed.get("occasion"), Occasion.class);
        Long amount = null;
        var amountText = typed.getOrDefault("amount", "").strip();
        try {
            if (!amountText.isEmpty()) amount = new BigDecimal(ArabicDigits.toLatin(amountText)).movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException notAnAmount) {
            amount = -1L;
        }
        var file = document == null || document.isEmpty() ? null : document;
        var submission = new Submission(type, day, typed.get("details"), occasion, amount,
                file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes(),
                // the form says it either way: an unticked box is "no", whatever the recorded needs preset
                type == RequestType.VIDEO_VISIT && "true".equals(typed.get("interpreter")),
                type == RequestType.VIDEO_VISIT ? typed.get("interpreterNote") : null);
        for (var e : submission.missing()) errors.putIfAbsent(fieldOf(e), messages.getMessage(e.messageKey(), null, locale));
        return new Read(submission, errors);
    }

    static Map<String, String> messages(List<DetentionError> errors, MessageSource messages, Locale locale) {
        var map = new LinkedHashMap<String, String>();
        for (var e : errors) map.putIfAbsent(fieldOf(e), messages.getMessage(e.messageKey(), null, locale));
        return map;
    }

    private static <E extends Enum<E>> @Nullable E parse(@Nullable String value, Class<E> type) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
