package org.nafitha.contactcentre.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The conversations API's refusals as problem+json, in the request's language. */
final class CentreProblems {

    private final MessageSource messages;

    CentreProblems(MessageSource messages) {
        this.messages = messages;
    }

    ResponseEntity<ProblemDetail> of(HttpStatus status, String key) {
        var problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(key, null, key, LocaleContextHolder.getLocale()));
        // the API's codes stay as published (commcentre.…): the message key without the module's prefix
        problem.setProperty("code", key.substring(key.indexOf('.') + 1));
        return ResponseEntity.status(status).body(problem);
    }
}
