package org.nafitha.municipal.web;

import java.util.LinkedHashMap;
import java.util.List;

import org.nafitha.municipal.FieldProblem;
import org.nafitha.municipal.MunicipalError;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Municipal refusals as problem+json: the first problem's code and status, every field problem under {@code errors}. */
@Component
class MunicipalProblems {

    private final MessageSource messages;

    MunicipalProblems(MessageSource messages) {
        this.messages = messages;
    }

    ResponseEntity<ProblemDetail> of(MunicipalError error) {
        return of(List.of(new FieldProblem(null, error)));
    }

    ResponseEntity<ProblemDetail> of(List<FieldProblem> problems) {
        var first = problems.getFirst().error();
        var status = HttpStatus.valueOf(first.status());
        var problem = ProblemDetail.forStatusAndDetail(status, message(first));
        problem.setProperty("code", "municipal." + first.name());
        var errors = problems.stream().filter(p -> p.field() != null).map(p -> {
            var error = new LinkedHashMap<String, String>();
            error.put("field", p.field());
            error.put("code", "municipal." + p.error().name());
            error.put("message", message(p.error()));
            return error;
        }).toList();
        if (!errors.isEmpty()) problem.setProperty("errors", errors);
        return ResponseEntity.status(status).body(problem);
    }

    private String message(MunicipalError e) {
        return messages.getMessage(e.messageKey(), null, e.messageKey(), LocaleContextHolder.getLocale());
    }
}
