package org.nafitha.cases.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.nafitha.cases.internal.Refusal;
import org.nafitha.catalogue.FieldError;
import org.nafitha.errors.ErrorCode;
import org.nafitha.errors.Problems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Expected refusals as problem+json, with messages in the client's language and a stable code. */
@Component
class CaseProblems {

    private final MessageSource messages;
    private final Problems problems;

    CaseProblems(MessageSource messages, Problems problems) {
        this.messages = messages;
        this.problems = problems;
    }

    ResponseEntity<ProblemDetail> refused(ErrorCode refusal) {
        return problems.of(refusal);
    }

    /** A refusal with one more property, e.g. the steps that are allowed instead. */
    ResponseEntity<ProblemDetail> refused(Refusal refusal, String property, Object value) {
        var response = refused(refusal);
        Objects.requireNonNull(response.getBody()).setProperty(property, value);
        return response;
    }

    ResponseEntity<ProblemDetail> invalid(List<FieldError> errors) {
        var problem = problems.detail(CasesError.INVALID);
        problem.setProperty("errors", errors.stream().map(e -> Map.of("field", e.field(), "code", e.code(),
                "message", message(e.messageKey(), e.args()))).toList());
        return ResponseEntity.status(CasesError.INVALID.status()).body(problem);
    }

    private String message(String key, List<Object> args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args.toArray(), key, locale);
    }
}
