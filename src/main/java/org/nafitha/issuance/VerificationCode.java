package org.nafitha.issuance;

import java.security.SecureRandom;
import java.util.Optional;

import org.nafitha.country.ArabicDigits;
import java.util.Locale;

/**
 * The public code printed on a document and behind its QR code: 15 random characters of
 * Crockford's base32 (75 bits, not guessable) and one check character, so a mistyped code is
 * told apart without a database look-up. Shown as four groups of four, e.g. {@code 7KQ2-M9XD-4RTB-A1CE}.
 */
public record VerificationCode(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    public VerificationCode {
        if (value == null || !value.matches("[0-9A-HJKMNP-TV-Z]{16}") || check(value.substring(0, 15)) != value.charAt(15)) {
            throw new IllegalArgumentException("not a verification code");
        }
    }

    public static VerificationCode random() {
        var body = new StringBuilder(16);
        for (int i = 0; i < 15; i++) body.append(ALPHABET.charAt(RANDOM.nextInt(32)));
        return new VerificationCode(body.append(check(body)).toString());
    }

    /** Whatever was typed or scanned: hyphens, spaces, lower case, Arabic-Indic digits and O/I/L for 0/1 forgiven. */
    public static Optional<VerificationCode> parse(String text) {
        if (text == null || text.length() > 40) return Optional.empty();
        var normalised = ArabicDigits.toLatin(text).toUpperCase(Locale.ROOT)
                .replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1').replace('L', '1');
        if (!normalised.matches("[0-9A-HJKMNP-TV-Z]{16}")) return Optional.empty();
        if (check(normalised.substring(0, 15)) != normalised.charAt(15)) return Optional.empty();
        return Optional.of(new VerificationCode(normalised));
    }

    /** A weighted sum mod 31 (prime): catches every single change and swap of neighbours except 0 for Z. */
    private static char check(CharSequence body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) sum += (i + 1) * ALPHABET.indexOf(body.charAt(i));
        return ALPHABET.charAt(sum % 31);
    }

    public String grouped() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8, 12) + "-" + value.substring(12);
    }

    @Override
    public String toString() {
        return value;
    }
}
