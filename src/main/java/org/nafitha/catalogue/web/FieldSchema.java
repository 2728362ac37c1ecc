package org.nafitha.catalogue.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nafitha.catalogue.FieldDefinition;
import org.nafitha.catalogue.FieldType;
import org.nafitha.catalogue.FormValidator;
import org.nafitha.catalogue.LocalizedText;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One field of a service's form with every constraint the validator applies, as data, so that a
 * client builds the form and checks answers before sending. Read from the same definition and the
 * same {@link FormValidator} bounds, so the schema and the 422s cannot disagree.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FieldSchema(
        String name,
        @Schema(allowableValues = {"text", "number", "date", "select", "nationalId", "phone", "email", "file"}) String type,
        boolean required, LocalizedText label, @Nullable LocalizedText hint,
        @Schema(description = "the only answers a select field takes") @Nullable List<FieldDefinition.Option> options,
        @Schema(description = "a Java regular expression the whole answer must match (digits in Latin form)")
        @Nullable String pattern,
        @Schema(description = "an answer that matches the pattern", example = "A1234567") @Nullable String example,
        @Schema(description = "smallest number taken") @Nullable BigDecimal min,
        @Schema(description = "largest number taken") @Nullable BigDecimal max,
        @Schema(description = "longest answer taken, in characters") @Nullable Integer maxLength,
        @Schema(description = "earliest date taken today (ISO-8601)") @Nullable LocalDate minDate,
        @Schema(description = "latest date taken today (ISO-8601)") @Nullable LocalDate maxDate,
        @Schema(description = "past: not after today (a death date, a loss date); future: not before today",
                allowableValues = {"past", "future"}) @Nullable String dateRule,
        @Schema(description = "filled from the ministry's registers; not to be sent") @Nullable Boolean prefilled,
        @Schema(description = "media types a file field takes, checked against the content") @Nullable List<String> accept,
        @Schema(description = "largest upload a file field takes, in bytes") @Nullable Long maxBytes,
        @Schema(description = "asked, and required, only when another field has this answer")
        FieldDefinition.@Nullable Condition showWhen) {

    static FieldSchema of(FieldDefinition f, FormValidator validator) {
        boolean file = f.isFile();
        boolean date = f.type() == FieldType.DATE;
        return new FieldSchema(f.name(), f.type().apiName(), f.required(), f.label(), f.hint(),
                f.options().isEmpty() ? null : f.options(), f.pattern(), f.pattern() == null ? null : f.example(),
                f.min(), f.max(), file || f.prefilled() ? null : f.effectiveMaxLength(),
                date ? validator.dateBound(f.minDate()) : null, date ? validator.dateBound(f.maxDate()) : null,
                date ? dateRule(f) : null, f.prefilled() ? Boolean.TRUE : null,
                file ? f.accept() : null, file ? f.effectiveMaxBytes() : null, f.showWhen());
    }

    private static @Nullable String dateRule(FieldDefinition f) {
        if ("today".equals(f.maxDate())) return "past";
        if ("today".equals(f.minDate())) return "future";
        return null;
    }
}
