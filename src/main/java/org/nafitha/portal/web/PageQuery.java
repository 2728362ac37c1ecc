package org.nafitha.portal.web;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.ArabicDigits;

/** The {@code ?page=} and {@code ?size=} a client asked for, each refused with its field named when out of range. */
record PageQuery(int page, int size) {

    static PageQuery read(@Nullable String page, @Nullable String size) {
        return new PageQuery(number("page", page, 1, Integer.MAX_VALUE, 1),
                number("size", size, 1, ApiPaging.MAX_SIZE, ApiPaging.MAX_SIZE));
    }

    /** A whole number in range, Arabic-Indic and Persian digits as well as Latin ones. */
    private static int number(String field, @Nullable String text, int min, int max, int otherwise) {
        if (text == null || text.isBlank()) return otherwise;
        var digits = ArabicDigits.toLatin(text.strip());
        if (!digits.matches("\\d{1,9}")) throw new PageRefused(field, min, max);
        int value = Integer.parseInt(digits);
        if (value < min || value > max) throw new PageRefused(field, min, max);
        return value;
    }

    static final class PageRefused extends RuntimeException {

        final String field;
        final int min;
        final int max;

        PageRefused(String field, int min, int max) {
            super(field + " out of range", null, false, false);
            this.field = field;
            this.min = min;
            this.max = max;
        }
    }
}
