package org.nafitha.identity.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Bad input through the identity API: 422 problem+json, each field's message in the request's language. */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** @param errors message keys by field, in the order they are shown */
    public static ResponseEntity<ProblemDetail> of(MessageSource messages, Map<String, String> errors, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("portal.api.invalid", null, "portal.api.invalid", locale));
        problem.setProperty("code", "api.invalid");
        var fields = new LinkedHashMap<String, String>();
        errors.forEach((field, message) -> fields.put(field, messages.getMessage(message, null, message, locale)));
        problem.setProperty("errors", fields);
        return ResponseEntity.unprocessableContent().body(problem);
    }
}
