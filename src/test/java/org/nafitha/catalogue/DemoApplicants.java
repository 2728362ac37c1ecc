package org.nafitha.catalogue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who of the demo people applies for a service, for each kind of principal it names, and answers
 * that its form accepts, built from the field definitions alone. Staff accounts carry no national
 * ID and cannot apply yet, so internal services are applied for by a citizen account.
 */
final class DemoApplicants {

    static final Catalogue CATALOGUE = new Catalogue();
    static final String CITIZEN = "1000000008";
    static final String MINOR = "1000000024";
    static final String RESIDENT = "2000000006";

    private DemoApplicants() {
    }

    /** @param onBehalfOf the principal's national ID, or null for oneself */
    record Applying(String username, @Nullable String onBehalfOf) {
    }

    static Applying of(ServiceDefinition service, Applicant kind) {
        return switch (kind) {
            case SELF -> new Applying("residency".equals(service.sector()) ? RESIDENT : CITIZEN, null);
            case MINOR -> new Applying(CITIZEN, MINOR);
            // The citizen represents the company that sponsors (and employs) the resident.
            case SPONSORED_RESIDENT, COMPANY_EMPLOYEE -> new Applying(CITIZEN, RESIDENT);
        };
    }

    /** The citizen represents the sponsoring company again, if a journey removed him. */
    static void restoreRepresentative(JdbcClient jdbc) {
        jdbc.sql("""
                UPDATE company_representatives SET removed_at = NULL
                WHERE cr_number = '7001234567' AND national_id = :citizen AND removed_at IS NOT NULL""")
                .param("citizen", CITIZEN).update();
    }

    /** Every service with every kind of principal it may be applied for. */
    static Stream<Arguments> servicesAndApplicants() {
        return CATALOGUE.all().stream().flatMap(s -> s.applicants().stream().map(a -> Arguments.of(s.code(), a)));
    }

    /** Answers for every field the applicant is asked (prefilled and file fields excepted). */
    static Map<String, String> validAnswers(ServiceDefinition service) {
        var answers = new LinkedHashMap<String, String>();
        for (var field : service.fields()) {
            if (field.prefilled() || field.isFile() || !field.shownFor(answers)) continue;
            answers.put(field.name(), answer(field));
        }
        return answers;
    }

    /** Required file fields the applicant is asked for. */
    static List<FieldDefinition> requiredFiles(ServiceDefinition service) {
        return service.fileFields().stream().filter(FieldDefinition::required).toList();
    }

    private static String answer(FieldDefinition field) {
        if (field.example() != null) return field.example();
        return switch (field.type()) {
            case TEXT -> text(field);
            case NUMBER -> field.min() != null ? field.min().toPlainString()
                    : field.max() != null ? field.max().toPlainString() : "1";
            case DATE -> "today".equals(field.minDate()) ? LocalDate.now().plusDays(14).toString() : "2025-03-18";
            case SELECT -> field.options().getFirst().value();
            case NATIONAL_ID -> "1000000016";
            case PHONE -> "0551112233";
            case EMAIL -> "noura@example.sa";
            case FILE -> throw new IllegalArgumentException("files are uploaded, not answered");
        };
    }

    private static String text(FieldDefinition field) {
        var text = "حي النخيل، شارع الأمير سلطان بن عبد العزيز، الرياض";
        int max = field.maxLength() == null ? text.length() : Math.min(field.maxLength(), text.length());
        return text.substring(0, max);
    }
}
