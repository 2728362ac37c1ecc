package org.nafitha.country;

import org.springframework.stereotype.Component;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;

/** Validates national IDs and residence numbers against the active country profile. */
@Component
public class NationalIds {

    /** Why a number was refused; each maps to a message key {@code country.nationalId.<code>}. */
    public enum Problem { EMPTY, FORMAT, LENGTH, PREFIX, CHECK_DIGIT, BIRTH_DATE, REGION }

    /** Egyptian governorate codes (digits 8-9 of the national number); 88 is "born abroad". */
    private static final Set<String> EGYPT_GOVERNORATES = Set.of("01", "02", "03", "04", "11",
            "12", "13", "14", "15", "16", "17", "18", "19", "21", "22", "23", "24", "25", "26", "27", "28", "29", "31",
            "32", "33", "34", "35", "88");

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
        return switch (format.checkDigit()) {
            case EGYPT -> egypt(digits);
            case QATAR -> qatar(digits);
            case LUHN, NONE -> byPrefix(digits);
        };
    }

    /** The number of digits a national ID has in this country, for messages. */
    public int length() {
        return format.length();
    }

    private Check byPrefix(String digits) {
        var anyPrefix = !format.citizenPrefixes().isEmpty() || !format.residentPrefixes().isEmpty();
        var citizen = !anyPrefix || format.citizenPrefixes().stream().anyMatch(digits::startsWith);
        var resident = format.residentPrefixes().stream().anyMatch(digits::startsWith);
        if (!citizen && !resident) return new Invalid(Problem.PREFIX);
        if (format.checkDigit() == CountryProperties.CheckDigit.LUHN && !Luhn.valid(digits)) {
            return new Invalid(Problem.CHECK_DIGIT);
        }
        return new Valid(new NationalId(digits), citizen);
    }

    private Check egypt(String digits) {
        var century = switch (digits.charAt(0)) {
            case '2' -> 1900;
            case '3' -> 2000;
            default -> -1;
        };
        if (century < 0) return new Invalid(Problem.PREFIX);
        try {
            var born = LocalDate.of(century + Integer.parseInt(digits.substring(1, 3)),
                    Integer.parseInt(digits.substring(3, 5)), Integer.parseInt(digits.substring(5, 7)));
            if (born.isAfter(LocalDate.now())) return new Invalid(Problem.BIRTH_DATE);
        } catch (DateTimeException e) {
            return new Invalid(Problem.BIRTH_DATE);
        }
        if (!EGYPT_GOVERNORATES.contains(digits.substring(7, 9))) return new Invalid(Problem.REGION);
        return new Valid(new NationalId(digits), true);
    }

    private Check qatar(String digits) {
        if (digits.charAt(0) != '2' && digits.charAt(0) != '3') return new Invalid(Problem.PREFIX);
        return new Valid(new NationalId(digits), "634".equals(digits.substring(3, 6)));
    }
}
