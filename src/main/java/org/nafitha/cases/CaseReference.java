package org.nafitha.cases;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.nafitha.country.ArabicDigits;
import org.nafitha.country.Luhn;

/**
 * A case's reference, e.g. {@code PSP-2026-000123-7}: the service's prefix, the year, a
 * sequence number and a Luhn check digit over year and sequence, so that a mistyped reference
 * read out on the phone is caught before any lookup.
 */
public record CaseReference(String value) {

    private static final Pattern FORMAT = Pattern.compile("([A-Z]{2,4})-(\\d{4})-(\\d{6,})-(\\d)");
    /** Compiled once: String.replaceAll compiles its pattern at every call, on every status poll. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    public CaseReference {
        var m = value == null ? null : FORMAT.matcher(value);
        if (m == null || !m.matches() || Luhn.checkDigit(m.group(2) + m.group(3)) != m.group(4).charAt(0) - '0') {
            throw new IllegalArgumentException("not a case reference: " + value);
        }
    }

    public static CaseReference of(String prefix, int year, long sequence) {
        var number = "%06d".formatted(sequence);
        return new CaseReference(prefix + "-" + year + "-" + number + "-" + Luhn.checkDigit(year + number));
    }

    /** Accepts lower case, Arabic-Indic digits and stray spaces, as people type references. */
    public static Optional<CaseReference> parse(String text) {
        var cleaned = SPACES.matcher(ArabicDigits.toLatin(text).strip().toUpperCase(Locale.ROOT)).replaceAll("");
        var m = FORMAT.matcher(cleaned);
        if (!m.matches() || Luhn.checkDigit(m.group(2) + m.group(3)) != m.group(4).charAt(0) - '0') {
            return Optional.empty();
        }
        return Optional.of(new CaseReference(cleaned));
    }

    @Override
    public String toString() {
        return value;
    }
}
