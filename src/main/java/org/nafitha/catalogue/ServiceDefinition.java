package org.nafitha.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A public service as data.
 *
 * @param department      the department whose queue receives its cases
 * @param referencePrefix the letters that start its case references, e.g. {@code PSP}
 * @param slaDays         the service-level time promised to the applicant, in working days
 * @param applicants      for whom it may be applied (default: oneself)
 * @param appointment     whether the applicant must visit an office (biometrics, hand-over) by appointment
 * @param delivery        whether the output can be delivered to the applicant's address
 * @param outputDocument  what the applicant receives when the case is approved, if anything
 * @param reasons         standard reasons for refusing or asking for more information
 * @param kiosk           offered on the self-service kiosks at service centres: answered on a touch
 *                        screen, documents (if any) uploaded later online
 * @param requiresNoUnpaidFines the applicant may not apply while they owe a traffic fine (e.g. vehicle
 *                        registration renewal): they are sent to pay it first
 */
public record ServiceDefinition(String code, int version, String sector, String department, String referencePrefix,
                                LocalizedText name, LocalizedText summary, LocalizedText eligibility,
                                List<LocalizedText> steps, List<LocalizedText> documents,
                                BigDecimal fee, int slaDays, List<FieldDefinition> fields,
                                WorkflowDefinition workflow, @Nullable List<Applicant> applicants,
                                boolean appointment, boolean delivery, @Nullable LocalizedText outputDocument,
                                @Nullable List<Reason> reasons, boolean kiosk, boolean requiresNoUnpaidFines) {

    public ServiceDefinition {
        if (code == null || !code.matches("[a-z][a-z0-9-]*")) throw new IllegalArgumentException("bad service code " + code);
        if (referencePrefix == null || !referencePrefix.matches("[A-Z]{2,4}")) {
            throw new IllegalArgumentException("service " + code + ": referencePrefix must be 2-4 capital letters");
        }
        require(sector, code, "sector");
        require(department, code, "department");
        require(name, code, "name");
        require(summary, code, "summary");
        require(eligibility, code, "eligibility");
        require(steps, code, "steps");
        require(documents, code, "documents");
        require(fee, code, "fee");
        require(fields, code, "fields");
        require(workflow, code, "workflow");
        if (version < 1) throw new IllegalArgumentException("service " + code + ": version must be 1 or more");
        if (fee.signum() < 0) throw new IllegalArgumentException("service " + code + ": fee cannot be negative");
        if (slaDays < 1) throw new IllegalArgumentException("service " + code + ": slaDays must be 1 or more");
        steps = List.copyOf(steps);
        documents = List.copyOf(documents);
        fields = List.copyOf(fields);
        applicants = applicants == null || applicants.isEmpty() ? List.of(Applicant.SELF) : List.copyOf(applicants);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        var names = fields.stream().map(FieldDefinition::name).distinct().count();
        if (names != fields.size()) throw new IllegalArgumentException("service " + code + " repeats a field name");
    }

    private static void require(@Nullable Object value, String code, String what) {
        if (value == null) throw new IllegalArgumentException("service " + code + " has no " + what);
    }

    public Optional<FieldDefinition> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public List<FieldDefinition> fileFields() {
        return fields.stream().filter(FieldDefinition::isFile).toList();
    }
}
