package org.nafitha.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.nafitha.country.Calendars;
import org.nafitha.country.CountryProperties;
import org.nafitha.country.NationalIds;
import org.nafitha.country.PhoneNumbers;

class FormValidatorTest {

    private final CountryProperties saudi = new CountryProperties(null, null, null, null, null, null);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
    private final FormValidator validator = new FormValidator(new NationalIds(saudi), new PhoneNumbers(saudi),
            new Calendars(saudi), clock);
    private final ServiceDefinition passport = new Catalogue().find("passport-renewal").orElseThrow();

    @Test
    void reportsEveryBadFieldAtOnceAndKeepsTheGoodOnes() {
        var check = validator.check(passport, Map.of("validityYears", "10", "mobile", "12",
                "emergencyContactId", "1000000009", "travelDate", "2026-11-22", "notes", "x".repeat(501)));
        assertThat(check.errors()).extracting(FieldError::field, FieldError::code).containsExactlyInAnyOrder(
                Tuple.tuple("mobile", "phone"),
                Tuple.tuple("emergencyContactId", "nationalId.CHECK_DIGIT"),
                Tuple.tuple("travelDate", "dateTooEarly"),
                Tuple.tuple("notes", "tooLong"));
        assertThat(check.answers()).containsEntry("validityYears", "10");
    }

    @Test
    void normalisesDigitsAndIgnoresWhatTheRegisterProvides() {
        var check = validator.check(passport, Map.of("validityYears", "5", "mobile", "٠٥٠١٢٣٤٥٦٧",
                "emergencyContactId", "۱۰۰۰۰۰۰۰۰۸", "travelDate", "٢٠٢٦-١٢-٠١"));
        assertThat(check.valid()).isTrue();
        assertThat(check.answers()).containsEntry("mobile", "+966501234567")
                .containsEntry("emergencyContactId", "1000000008").containsEntry("travelDate", "2026-12-01")
                .doesNotContainKey("fullName");
    }

    @Test
    void refusesMissingRequiredAnswersUnknownOptionsAndUnknownFields() {
        var check = validator.check(passport, Map.of("validityYears", "7", "colour", "أخضر"));
        assertThat(check.errors()).extracting(FieldError::field, FieldError::code).containsExactlyInAnyOrder(
                Tuple.tuple("validityYears", "option"),
                Tuple.tuple("mobile", "required"),
                Tuple.tuple("colour", "unknown"));
    }

    @Test
    void keepsMarkupAsTypedForTheTemplateToEscape() {
        var check = validator.check(passport, Map.of("validityYears", "5", "mobile", "0501234567",
                "notes", "<b>عاجل</b>\u0000"));
        assertThat(check.answers()).containsEntry("notes", "<b>عاجل</b>");
    }

    @Test
    void aFieldHiddenByItsConditionIsNeitherRequiredNorKept() {
        var replacement = new Catalogue().find("driving-licence-replacement").orElseThrow();
        var lost = validator.check(replacement, Map.of("licenceKind", "private", "reason", "lost", "mobile", "0501234567"));
        assertThat(lost.errors()).extracting(FieldError::field, FieldError::code).containsExactlyInAnyOrder(
                Tuple.tuple("lossDate", "required"),
                Tuple.tuple("lossPlace", "required"));

        var damaged = validator.check(replacement, Map.of("licenceKind", "private", "reason", "damaged",
                "mobile", "0501234567", "lossDate", "تاريخ غير صحيح", "lossPlace", "سوق البطحاء"));
        assertThat(damaged.valid()).isTrue();
        assertThat(damaged.answers()).doesNotContainKeys("lossDate", "lossPlace").containsEntry("reason", "damaged");
    }
}
