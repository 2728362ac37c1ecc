package org.nafitha.catalogue;

import java.util.List;

/**
 * A refused answer. {@code code} names the message {@code catalogue.field.<code>}; {@code args}
 * fill its placeholders.
 */
public record FieldError(String field, String code, List<Object> args) {

    public FieldError {
        args = List.copyOf(args);
    }

    public FieldError(String field, String code) {
        this(field, code, List.of());
    }

    public String messageKey() {
        return "catalogue.field." + code;
    }
}
