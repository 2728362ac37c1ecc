package org.nafitha.identity.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.nafitha.errors.CommonError;
import org.nafitha.errors.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Bad input through the identity API: 422 problem+json, each field's message in the request's language. */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** @param errors message keys by field, in the order they are shown */
    public static ResponseEntity<ProblemDetail> of(Problems problems, MessageSource messages, Map<String, String> errors,
                                                   Locale locale) {
        var fields = new LinkedHashMap<String, String>();
        errors.forEach((field, message) -> fields.put(field, messages.getMessage(message, null, message, locale)));
        return of(problems, fields);
    }

    /** @param fields each field's text, already in the request's language, in the order they are shown */
    public static ResponseEntity<ProblemDetail> of(Problems problems, LinkedHashMap<String, String> fields) {
        var problem = problems.detail(CommonError.INVALID);
        problem.setProperty("errors", fields);
        return ResponseEntity.status(CommonError.INVALID.status()).body(problem);
    }
}
