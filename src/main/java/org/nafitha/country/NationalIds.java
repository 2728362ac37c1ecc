package org.nafitha.country;

import org.springframework.stereotype.Component;

/** Validates national IDs and residence numbers against the active country profile. */
@Component
public class NationalIds {

    /** Why a number was refused; each maps to a message key {@code country.nationalId.<code>}. */
    public enum Problem { EMPTY, FORMAT, LENGTH, PREFIX, CHECK_DIGIT }

    public sealed interface Check permits Valid, Invalid {
    }

    public record Valid(NationalId id, boolean citizen) implements Check {
    }

    public record Invalid(Problem problem) implements Check {
    }

    private final CountryProperties.NationalIdFormat format;

    public NationalIds(CountryProperties country) {
        this.format = country.nationalId();
    }

    public Check check(String raw) {
        var digits = ArabicDigits.digitsOnly(raw == null ? "" : raw);
        if (digits.isEmpty()) return new Invalid(Problem.EMPTY);
        if (!digits.chars().allMatch(Character::isDigit)) return new Invalid(Problem.FORMAT);
        if (digits.length() != format.length()) return new Invalid(Problem.LENGTH);
        var citizen = format.citizenPrefixes().stream().anyMatch(digits::startsWith);
        var resident = format.residentPrefixes().stream().anyMatch(digits::startsWith);
        if (!citizen && !resident) return new Invalid(Problem.PREFIX);
        if (format.checkDigit() == CountryProperties.CheckDigit.LUHN && !Luhn.valid(digits)) {
            return new Invalid(Problem.CHECK_DIGIT);
        }
        return new Valid(new NationalId(digits), citizen);
    }
}
