package org.nafitha.cases.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nafitha.catalogue.FieldDefinition;
import org.nafitha.catalogue.FieldType;
import org.nafitha.catalogue.ServiceDefinition;
import org.nafitha.country.Calendars;
import org.springframework.stereotype.Component;

/**
 * Answers as a reader sees them: option labels, dates in both calendars, digits per country; the
 * service's reasons by their labels.
 */
@Component
class AnswerDisplay {

    private final Calendars calendars;

    AnswerDisplay(Calendars calendars) {
        this.calendars = calendars;
    }

    /** A row of a "check your answers" or case-file summary. */
    record Row(String field, String label, String value, boolean prefilled) {
    }

    List<Row> rows(ServiceDefinition service, Map<String, String> answers, Locale locale) {
        return service.fields().stream().filter(f -> !f.isFile() && answers.containsKey(f.name()))
                .map(f -> new Row(f.name(), f.label().in(locale), value(f, answers.get(f.name()), locale), f.prefilled()))
                .toList();
    }

    String value(FieldDefinition field, String raw, Locale locale) {
        if (field.type() == FieldType.SELECT) {
            return field.options().stream().filter(o -> o.value().equals(raw)).findFirst()
                    .map(o -> o.label().in(locale)).orElse(raw);
        }
        if (field.type() == FieldType.DATE) {
            try {
                return calendars.date(LocalDate.parse(raw), locale);
            } catch (DateTimeParseException e) {
                return raw;
            }
        }
        if (field.type() == FieldType.PHONE || field.type() == FieldType.NATIONAL_ID) {
            // Numbers read left to right even inside Arabic text.
            return "\u2066" + raw + "\u2069";
        }
        return raw;
    }

    /** The labels of the service's standard reasons (to refuse, to ask for information) in the reader's language. */
    static Map<String, String> reasonLabels(ServiceDefinition service, Locale locale) {
        var labels = new HashMap<String, String>();
        service.reasons().forEach(r -> labels.put(r.code(), r.label().in(locale)));
        return labels;
    }
}
