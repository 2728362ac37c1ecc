package org.nafitha.detention.web;

import java.util.List;

import org.nafitha.detention.DetentionError;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Detention refusals as problem+json: the stable code(s) and the message in the client's language. */
@Component
class DetentionProblems {

    private final MessageSource messages;

    DetentionProblems(MessageSource messages) {
        this.messages = messages;
    }

    ResponseEntity<ProblemDetail> of(DetentionError error) {
        return of(List.of(error));
    }

    /** The first error is the problem's; all of them are listed under {@code errors}. */
    ResponseEntity<ProblemDetail> of(List<DetentionError> errors) {
        var first = errors.getFirst();
        var status = HttpStatus.valueOf(first.status());
        var problem = ProblemDetail.forStatusAndDetail(status, message(first));
        problem.setProperty("code", "detention." + first.name());
        if (errors.size() > 1) {
            problem.setProperty("errors", errors.stream().map(e -> new Error("detention." + e.name(), message(e))).toList());
        }
        return ResponseEntity.status(status).body(problem);
    }

    private String message(DetentionError e) {
        return messages.getMessage(e.messageKey(), null, e.messageKey(), LocaleContextHolder.getLocale());
    }

    record Error(String code, String detail) {
    }
}
