package org.nafitha.catalogue;

import java.util.Set;

/**
 * The register values a service's field may be prefilled from ({@code prefill: "licence.number"}).
 * The catalogue does not read registers; it knows their names so that a misspelt source stops
 * the start instead of leaving a field empty in front of an applicant. The registers module
 * resolves exactly these (a test keeps the two lists equal).
 */
public final class PrefillSources {

    public static final Set<String> KNOWN = Set.of(
            "civil.fullName", "civil.fullNameAr", "civil.dateOfBirth", "civil.passportNumber",
            "civil.passportExpiry", "civil.mobile", "civil.nationalId",
            "licence.number", "licence.kinds", "licence.issueDate", "licence.expiry",
            "vehicle.plate", "vehicle.plateArabic", "vehicle.sequenceNumber", "vehicle.description",
            "vehicle.registrationExpiry",
            "violations.unpaidCount", "violations.unpaidTotal", "violations.unpaidNumbers");

    private PrefillSources() {
    }
}
