package org.nafitha.appointments.internal;

import java.security.SecureRandom;
import java.util.Locale;
import org.nafitha.country.ArabicDigits;

/**
 * The code on the confirmation and in its QR: eight characters without the ones people confuse
 * (0/O, 1/I/L), unguessable so a code alone does not reveal someone else's appointment.
 */
final class BookingCodes {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(SecureRandom::new);

    private BookingCodes() {
    }

    static String next() {
        var out = new StringBuilder(8);
        for (int i = 0; i < 8; i++) out.append(ALPHABET.charAt(RANDOM.get().nextInt(ALPHABET.length())));
        return out.toString();
    }

    /** As typed at reception: lower case, spaces, Arabic-Indic digits. */
    static String normalise(String typed) {
        return ArabicDigits.toLatin(typed).replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    static boolean looksLikeCode(String normalised) {
        return normalised.length() == 8 && normalised.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)
                && normalised.chars().anyMatch(Character::isLetter);
    }
}
