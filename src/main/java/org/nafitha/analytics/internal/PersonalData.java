package org.nafitha.analytics.internal;

import java.util.regex.Pattern;

/**
 * Masks what would identify a person in free text a head reads: e-mail addresses, and runs of
 * seven or more digits (national IDs, phone numbers), in Latin, Arabic-Indic or Persian digits,
 * spaces or dashes between them included.
 */
final class PersonalData {

    static final String MASK = "•••";

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9٠-٩۰-۹](?:[\\s-]?[0-9٠-٩۰-۹]){6,}");

    private PersonalData() {
    }

    static String mask(String text) {
        return NUMBER.matcher(EMAIL.matcher(text).replaceAll(MASK)).replaceAll(MASK);
    }
}
