package org.nafitha.errors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A refusal as problem+json: its status, its text in the client's language (the request's locale) as
 * {@code detail} and its stable code as {@code code}. The one place an {@link ErrorCode} becomes an answer.
 */
@Component
public class Problems {

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ResponseEntity<ProblemDetail> of(ErrorCode error) {
        return ResponseEntity.status(error.status()).body(detail(error));
    }

    /** The problem's body, for a caller that adds properties (the allowed steps, every field's error). */
    public ProblemDetail detail(ErrorCode error, Object... args) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(error.status()), message(error, args));
        problem.setProperty("code", error.code());
        return problem;
    }

    /** The refusal's text in the request's language; its key when no bundle has it. */
    public String message(ErrorCode error, Object... args) {
        return messages.getMessage(error.messageKey(), args, error.messageKey(), LocaleContextHolder.getLocale());
    }
}
