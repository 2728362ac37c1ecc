package org.nafitha.catalogue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.ArabicDigits;
import org.nafitha.country.Calendars;
import org.nafitha.country.NationalIds;
import org.nafitha.country.PhoneNumbers;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * One answer against its field's type: text against its pattern, numbers and dates in range, an option
 * of the list, national IDs and phone numbers per country profile; kept normalised (Latin digits).
 */
final class FieldAnswer {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final NationalIds nationalIds;
    private final PhoneNumbers phones;
    private final Calendars calendars;
    private final Clock clock;

    FieldAnswer(NationalIds nationalIds, PhoneNumbers phones, Calendars calendars, Clock clock) {
        this.nationalIds = nationalIds;
        this.phones = phones;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** Why the answer does not fit the field, or null when it does and its normalised form is in {@code answers}. */
    @Nullable FieldError check(FieldDefinition field, String raw, Map<String, String> answers) {
        var name = field.name();
        int maxLength = field.effectiveMaxLength();
        if (raw.length() > maxLength) return new FieldError(name, "tooLong", List.of(maxLength));
        switch (field.type()) {
            case TEXT -> {
                // A coded answer (a check number, a plate) is typed with Arabic-Indic or Persian digits as often as
                // with Latin ones: it is matched and kept in Latin digits, as the registers hold it.
                var text = field.pattern() == null ? raw : ArabicDigits.toLatin(raw);
                if (field.pattern() != null && !text.matches(field.pattern())) return new FieldError(name, "pattern");
                answers.put(name, text);
            }
            case NUMBER -> {
                var digits = ArabicDigits.toLatin(raw).replace('٫', '.');
                try {
                    var number = new BigDecimal(digits);
                    if (field.min() != null && number.compareTo(field.min()) < 0) return new FieldError(name, "min", List.of(field.min()));
                    if (field.max() != null && number.compareTo(field.max()) > 0) return new FieldError(name, "max", List.of(field.max()));
                    answers.put(name, number.toPlainString());
                } catch (NumberFormatException e) {
                    return new FieldError(name, "number");
                }
            }
            case DATE -> {
                try {
                    var date = LocalDate.parse(ArabicDigits.toLatin(raw));
                    var min = dateBound(field.minDate());
                    var max = dateBound(field.maxDate());
                    if (min != null && date.isBefore(min)) return new FieldError(name, "dateTooEarly");
                    if (max != null && date.isAfter(max)) return new FieldError(name, "dateTooLate");
                    answers.put(name, date.toString());
                } catch (DateTimeParseException e) {
                    return new FieldError(name, "date");
                }
            }
            case SELECT -> {
                if (field.options().stream().noneMatch(o -> o.value().equals(raw))) return new FieldError(name, "option");
                answers.put(name, raw);
            }
            case NATIONAL_ID -> {
                if (nationalIds.check(raw) instanceof NationalIds.Invalid(var problem)) {
                    return new FieldError(name, "nationalId." + problem.name(),
                            List.of(calendars.digits(String.valueOf(nationalIds.length()), LocaleContextHolder.getLocale())));
                }
                answers.put(name, ArabicDigits.digitsOnly(raw));
            }
            case PHONE -> {
                var phone = phones.normalise(raw);
                if (phone.isEmpty()) return new FieldError(name, "phone");
                answers.put(name, phone.get());
            }
            case EMAIL -> {
                if (!EMAIL.matcher(raw).matches()) return new FieldError(name, "email");
                answers.put(name, raw.toLowerCase(Locale.ROOT));
            }
            case FILE -> throw new IllegalStateException("file fields are checked as uploads");
        }
        return null;
    }

    /** A date field's bound as a date: {@code today} is today in the country's calendar. */
    @Nullable LocalDate dateBound(@Nullable String spec) {
        if (spec == null) return null;
        return "today".equals(spec) ? calendars.today(clock) : LocalDate.parse(spec);
    }
}
