package org.nafitha.municipal.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.ArabicDigits;
import org.nafitha.municipal.MunicipalError;

/**
 * One answer against its question: its type, range, pattern or choices. Digits may be
 * Arabic-Indic or Persian and are kept in Latin digits; a multiple choice is kept in the
 * definition's order.
 */
final class AnswerChecks {

    private final Clock clock;

    AnswerChecks(Clock clock) {
        this.clock = clock;
    }

    /** Its problem, or null when the answer is kept (normalised) in {@code kept}. */
    @Nullable MunicipalError check(FormField field, String raw, Map<String, String> kept) {
        if (raw.length() > field.effectiveMaxLength()) return MunicipalError.FIELD_TOO_LONG;
        switch (field.type()) {
            case TEXT -> {
                var text = field.pattern() == null ? raw : ArabicDigits.toLatin(raw);
                if (field.pattern() != null && !text.matches(field.pattern())) return MunicipalError.FIELD_PATTERN;
                kept.put(field.name(), text);
            }
            case NUMBER -> {
                BigDecimal number;
                try {
                    number = new BigDecimal(ArabicDigits.toLatin(raw).replace('٫', '.'));
                } catch (NumberFormatException notANumber) {
                    return MunicipalError.FIELD_NOT_A_NUMBER;
                }
                if (field.min() != null && number.compareTo(field.min()) < 0) return MunicipalError.FIELD_BELOW_MIN;
                if (field.max() != null && number.compareTo(field.max()) > 0) return MunicipalError.FIELD_ABOVE_MAX;
                kept.put(field.name(), number.stripTrailingZeros().toPlainString());
            }
            case DATE -> {
                LocalDate date;
                try {
                    date = LocalDate.parse(ArabicDigits.toLatin(raw));
                } catch (DateTimeParseException notADate) {
                    return MunicipalError.FIELD_NOT_A_DATE;
                }
                if (field.notFuture() && date.isAfter(LocalDate.now(clock))) return MunicipalError.FIELD_DATE_IN_FUTURE;
                kept.put(field.name(), date.toString());
            }
            case CHOICE -> {
                var values = field.multiple() ? List.of(raw.split("\\s*,\\s*")) : List.of(raw);
                if (values.stream().anyMatch(v -> field.option(v).isEmpty())) return MunicipalError.FIELD_CHOICE_UNKNOWN;
                // kept in the definition's order, once each: the same choices are the same answer
                kept.put(field.name(), String.join(",", field.options().stream().map(FormField.Option::value)
                        .filter(values::contains).toList()));
            }
            case BOOLEAN -> {
                if (!raw.equals("true") && !raw.equals("false")) return MunicipalError.FIELD_NOT_YES_NO;
                kept.put(field.name(), raw);
            }
        }
        return null;
    }
}
