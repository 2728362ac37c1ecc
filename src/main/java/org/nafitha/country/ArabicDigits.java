package org.nafitha.country;

import java.util.regex.Pattern;

/**
 * Arabic-Indic (٠-٩) and Persian (۰-۹) digits are what many people type; we accept them
 * wherever a digit is expected and store Latin digits.
 */
public final class ArabicDigits {

    /** Compiled once: every phone number and ID of every form goes through it. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\u200e\u200f\u061c]");

    private ArabicDigits() {
    }

    public static String toLatin(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c >= '\u0660' && c <= '\u0669') out.append((char) ('0' + c - '\u0660'));
            else if (c >= '\u06F0' && c <= '\u06F9') out.append((char) ('0' + c - '\u06F0'));
            else out.appendCodePoint(c);
        });
        return out.toString();
    }

    public static String toArabicIndic(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c >= '0' && c <= '9') out.append((char) ('\u0660' + c - '0'));
            else out.appendCodePoint(c);
        });
        return out.toString();
    }

    /** Latin digits only, with spaces, dashes and bidi marks people paste removed. */
    public static String digitsOnly(String text) {
        return SEPARATORS.matcher(toLatin(text)).replaceAll("");
    }
}
