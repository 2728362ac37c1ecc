package org.nafitha.registers;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.nafitha.country.NationalId;
import org.springframework.stereotype.Service;

/**
 * Once only: the value behind a catalogue prefill source ({@code <register>.<field>}) for one
 * person, whichever register holds it. Forms show these values read-only and a case stores
 * what the register said, never what was posted. Each register is asked at most once per call,
 * and only when a source of it is wanted.
 *
 * <p>Sources: {@code civil.*} (see {@link CivilRecord#value}), {@code licence.number},
 * {@code licence.kinds}, {@code licence.issueDate}, {@code licence.expiry}, {@code vehicle.plate},
 * {@code vehicle.plateArabic}, {@code vehicle.sequenceNumber}, {@code vehicle.description},
 * {@code vehicle.registrationExpiry} (the vehicle whose registration ends first),
 * {@code violations.unpaidCount}, {@code violations.unpaidTotal}, {@code violations.unpaidNumbers}.
 * Dates are ISO ({@code 2027-04-03}); amounts are plain decimals.
 */
@Service
public class Prefill {

    /** Every source this facade resolves; the catalogue refuses a service naming another. */
    public static final Set<String> SOURCES = Set.of(
            "civil.fullName", "civil.fullNameAr", "civil.dateOfBirth", "civil.passportNumber",
            "civil.passportExpiry", "civil.mobile", "civil.nationalId",
            "licence.number", "licence.kinds", "licence.issueDate", "licence.expiry",
            "vehicle.plate", "vehicle.plateArabic", "vehicle.sequenceNumber", "vehicle.description",
            "vehicle.registrationExpiry",
            "violations.unpaidCount", "violations.unpaidTotal", "violations.unpaidNumbers");

    private final CivilRegister civil;
    private final DrivingLicenceRegister licences;
    private final VehicleRegister vehicles;
    private final ViolationRegister violations;

    Prefill(CivilRegister civil, DrivingLicenceRegister licences, VehicleRegister vehicles,
            ViolationRegister violations) {
        this.civil = civil;
        this.licences = licences;
        this.vehicles = vehicles;
        this.violations = violations;
    }

    /** The values the registers hold for these sources; a source without a value is left out. */
    public Map<String, String> values(NationalId person, Collection<String> sources, Locale locale) {
        var registers = new RegisterLookups(person, civil, licences, vehicles, violations);
        var values = new LinkedHashMap<String, String>();
        for (var source : sources) registers.value(source, locale).ifPresent(v -> values.put(source, v));
        return values;
    }

    public Optional<String> value(NationalId person, String source, Locale locale) {
        return new RegisterLookups(person, civil, licences, vehicles, violations).value(source, locale);
    }
}
