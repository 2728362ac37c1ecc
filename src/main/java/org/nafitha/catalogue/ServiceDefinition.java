package org.nafitha.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A public service as data.
 *
 * @param department      the department whose queue receives its cases
 * @param referencePrefix the letters that start its case references, e.g. {@code PSP}
 * @param slaDays         the service-level time promised to the applicant, in working days
 */
public record ServiceDefinition(String code, int version, String sector, String department, String referencePrefix,
                                LocalizedText name, LocalizedText summary, LocalizedText eligibility,
                                List<LocalizedText> steps, List<LocalizedText> documents,
                                BigDecimal fee, int slaDays, List<FieldDefinition> fields,
                                WorkflowDefinition workflow) {

    public ServiceDefinition {
        if (code == null || !code.matches("[a-z][a-z0-9-]*")) throw new IllegalArgumentException("bad service code " + code);
        if (referencePrefix == null || !referencePrefix.matches("[A-Z]{2,4}")) {
            throw new IllegalArgumentException("service " + code + ": referencePrefix must be 2-4 capital letters");
        }
        steps = List.copyOf(steps);
        documents = List.copyOf(documents);
        fields = List.copyOf(fields);
        var names = fields.stream().map(FieldDefinition::name).distinct().count();
        if (names != fields.size()) throw new IllegalArgumentException("service " + code + " repeats a field name");
    }

    public Optional<FieldDefinition> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public List<FieldDefinition> fileFields() {
        return fields.stream().filter(FieldDefinition::isFile).toList();
    }
}
