package org.nafitha.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.Calendars;
import org.nafitha.country.NationalIds;
import org.nafitha.country.PhoneNumbers;
import org.springframework.stereotype.Component;

/**
 * Checks an applicant's answers against a service's form: types, required fields, patterns,
 * ranges, options, national IDs and phone numbers per country profile. Digits may be typed in
 * Arabic-Indic or Persian; answers are stored normalised. Prefilled and file fields are not
 * the applicant's to answer here, and a field hidden by its {@code showWhen} is neither required
 * nor kept.
 */
@Component
public class FormValidator {

    private final FieldAnswer answer;

    FormValidator(NationalIds nationalIds, PhoneNumbers phones, Calendars calendars, Clock clock) {
        this.answer = new FieldAnswer(nationalIds, phones, calendars, clock);
    }

    public FormCheck check(ServiceDefinition service, Map<String, String> input) {
        var answers = new LinkedHashMap<String, String>();
        var errors = new ArrayList<FieldError>();
        var given = new LinkedHashMap<String, String>();
        input.forEach((name, value) -> given.put(name, clean(value)));
        for (var field : service.fields()) {
            if (field.prefilled() || field.isFile() || !field.shownFor(given)) continue;
            var raw = clean(input.get(field.name()));
            if (raw.isEmpty()) {
                if (field.required()) errors.add(new FieldError(field.name(), "required"));
                continue;
            }
            var error = answer.check(field, raw, answers);
            if (error != null) errors.add(error);
        }
        var unknown = input.keySet().stream()
                .filter(name -> service.field(name).isEmpty()).sorted().toList();
        unknown.forEach(name -> errors.add(new FieldError(name, "unknown")));
        return new FormCheck(answers, errors);
    }

    /** A date field's bound as a date: {@code today} is today in the country's calendar. */
    public @Nullable LocalDate dateBound(@Nullable String spec) {
        return answer.dateBound(spec);
    }

    /** Trims and removes control characters; markup stays as typed and is escaped when shown. */
    private static String clean(@Nullable String value) {
        if (value == null) return "";
        return value.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip();
    }
}
