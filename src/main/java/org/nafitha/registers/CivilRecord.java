package org.nafitha.registers;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.NationalId;

/** One person as the civil (or residency) register knows them. */
public record CivilRecord(NationalId nationalId, String fullNameAr, String fullNameEn, LocalDate dateOfBirth,
                          @Nullable String passportNumber, @Nullable LocalDate passportExpiry,
                          @Nullable String mobile) {

    /**
     * The value behind a catalogue prefill source such as {@code civil.fullName}; the form
     * shows it read-only and the case stores what the register said, not what was posted.
     */
    public Optional<String> value(String source, Locale locale) {
        return Optional.ofNullable(switch (source) {
            case "civil.fullName" -> "ar".equals(locale.getLanguage()) ? fullNameAr : fullNameEn;
            case "civil.fullNameAr" -> fullNameAr;
            case "civil.dateOfBirth" -> dateOfBirth.toString();
            case "civil.passportNumber" -> passportNumber;
            case "civil.passportExpiry" -> passportExpiry == null ? null : passportExpiry.toString();
            case "civil.mobile" -> mobile;
            case "civil.nationalId" -> nationalId.value();
            default -> null;
        });
    }
}
