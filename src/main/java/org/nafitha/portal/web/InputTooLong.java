package org.nafitha.portal.web;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/** A JSON string longer than its field may hold (see {@code PortalProperties.InputLimits}). */
class InputTooLong extends MismatchedInputException {

    private final @Nullable String field;
    private final int max;

    InputTooLong(JsonParser parser, @Nullable String field, int max) {
        super(parser, "The field " + field + " is longer than " + max + " characters");
        this.field = field;
        this.max = max;
    }

    @Nullable String field() {
        return field;
    }

    int max() {
        return max;
    }
}
