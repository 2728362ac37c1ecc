package org.nafitha.registers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.nafitha.country.NationalId;

/** The registers of one person, each read when first needed. */
final class RegisterLookups {

    private final Supplier<Optional<CivilRecord>> record;
    private final Supplier<Optional<DrivingLicence>> licence;
    private final Supplier<Optional<Vehicle>> vehicle;
    private final Supplier<List<Violation>> unpaid;

    RegisterLookups(NationalId person, CivilRegister civil, DrivingLicenceRegister licences, VehicleRegister vehicles,
                    ViolationRegister violations) {
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
