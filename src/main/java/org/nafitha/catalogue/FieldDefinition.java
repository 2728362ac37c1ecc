package org.nafitha.catalogue;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import java.util.Map;

/**
 * One question of a service's form.
 *
 * @param prefill   a register source (e.g. {@code civil.passportNumber}); such a field is shown
 *                  read-only and never taken from the applicant
 * @param minDate   {@code today} or an ISO date
 * @param accept    media types allowed for a file field, checked against the content
 * @param showWhen  asked only when another (select) field has a given answer; otherwise neither
 *                  required nor kept
 * @param example   a valid answer, required with a {@code pattern} and checked against it at
 *                  start-up, so a pattern nobody can satisfy never reaches applicants
 */
public record FieldDefinition(String name, FieldType type, boolean required, LocalizedText label,
                              @Nullable LocalizedText hint, @Nullable List<Option> options,
                              @Nullable String pattern, @Nullable BigDecimal min, @Nullable BigDecimal max,
                              @Nullable Integer maxLength, @Nullable String minDate, @Nullable String maxDate,
                              @Nullable String prefill, @Nullable List<String> accept, @Nullable Long maxBytes, @Nullable Condition showWhen,
                              @Nullable String example) {

    /** The longest answer taken when the service sets none: the validator and the published schema agree. */
    public static final int DEFAULT_MAX_LENGTH = 500;
    /** The largest upload a file field takes when the service sets none. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    public FieldDefinition {
        if (name == null || !name.matches("[a-z][A-Za-z0-9]*")) throw new IllegalArgumentException("bad field name " + name);
        if (type == null) throw new IllegalArgumentException("field " + name + " has no type");
        if (label == null) throw new IllegalArgumentException("field " + name + " has no label");
        if (type == FieldType.SELECT && (options == null || options.isEmpty())) {
            throw new IllegalArgumentException("select field " + name + " has no options");
        }
        options = options == null ? List.of() : List.copyOf(options);
        accept = accept == null ? List.of() : List.copyOf(accept);
    }

    public boolean prefilled() {
        return prefill != null;
    }

    public boolean isFile() {
        return type == FieldType.FILE;
    }

    public int effectiveMaxLength() {
        return maxLength == null ? DEFAULT_MAX_LENGTH : maxLength;
    }

    public long effectiveMaxBytes() {
        return maxBytes == null ? DEFAULT_MAX_BYTES : maxBytes;
    }

    /** Whether the field is asked, given the other answers. */
    public boolean shownFor(Map<String, String> answers) {
        return showWhen == null || showWhen.equals().equals(answers.get(showWhen.field()));
    }

    public record Option(String value, LocalizedText label) {

        public Option {
            if (value == null || value.isBlank()) throw new IllegalArgumentException("an option has no value");
            if (label == null) throw new IllegalArgumentException("option " + value + " has no label");
        }
    }

    /** Show the field when {@code field} was answered {@code equals}. */
    public record Condition(String field, String equals) {

        public Condition {
            if (field == null || equals == null) throw new IllegalArgumentException("showWhen needs field and equals");
        }
    }
}
