package org.nafitha.registers;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.nafitha.country.NationalId;
import org.springframework.stereotype.Service;
import java.math.BigDecimal;

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
        var registers = new Lookups(person);
        var values = new LinkedHashMap<String, String>();
        for (var source : sources) registers.value(source, locale).ifPresent(v -> values.put(source, v));
        return values;
    }

    public Optional<String> value(NationalId person, String source, Locale locale) {
        return new Lookups(person).value(source, locale);
    }

    /** The registers of one person, each read when first needed. */
    private final class Lookups {

        private final Supplier<Optional<CivilRecord>> record;
        private final Supplier<Optional<DrivingLicence>> licence;
        private final Supplier<Optional<Vehicle>> vehicle;
        private final Supplier<List<Violation>> unpaid;

        Lookups(NationalId person) {
            record = once(() -> civil.find(person));
            licence = once(() -> licences.heldBy(person));
            vehicle = once(() -> vehicles.ownedBy(person).stream().findFirst());
            unpaid = once(() -> violations.of(person).stream().filter(v -> !v.paid()).toList());
        }

        Optional<String> value(String source, Locale locale) {
            var register = source.substring(0, Math.max(0, source.indexOf('.')));
            return switch (register) {
                case "civil" -> record.get().flatMap(r -> r.value(source, locale));
                case "licence" -> licence.get().map(l -> switch (source) {
                    case "licence.number" -> l.number();
                    case "licence.kinds" -> l.kindNames(locale);
                    case "licence.issueDate" -> l.issuedOn().toString();
                    case "licence.expiry" -> l.expiresOn().toString();
                    default -> null;
                });
                case "vehicle" -> vehicle.get().map(v -> switch (source) {
                    case "vehicle.plate" -> v.plateLatin();
                    case "vehicle.plateArabic" -> v.plateArabic();
                    case "vehicle.sequenceNumber" -> v.sequenceNumber();
                    case "vehicle.description" -> v.description(locale);
                    case "vehicle.registrationExpiry" -> v.registrationExpiry().toString();
                    default -> null;
                });
                case "violations" -> Optional.ofNullable(switch (source) {
                    case "violations.unpaidCount" -> Integer.toString(unpaid.get().size());
                    case "violations.unpaidTotal" -> unpaid.get().stream().map(Violation::amount)
                            .reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros().toPlainString();
                    case "violations.unpaidNumbers" -> unpaid.get().isEmpty() ? null
                            : String.join(" ", unpaid.get().stream().map(Violation::number).toList());
                    default -> null;
                });
                default -> Optional.empty();
            };
        }
    }

    private static <T> Supplier<T> once(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;
            private boolean done;

            @Override
            public T get() {
                if (!done) {
                    value = supplier.get();
                    done = true;
                }
                return value;
            }
        };
    }
}
