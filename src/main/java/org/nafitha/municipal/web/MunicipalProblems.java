package org.nafitha.municipal.web;

import java.util.LinkedHashMap;
import java.util.List;

import org.nafitha.errors.Problems;
import org.nafitha.municipal.FieldProblem;
import org.nafitha.municipal.MunicipalError;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/** Municipal refusals as problem+json: the first problem's code and status, every field problem under {@code errors}. */
@Component
class MunicipalProblems {

    private final Problems problems;

    MunicipalProblems(Problems problems) {
        this.problems = problems;
    }

    ResponseEntity<ProblemDetail> of(MunicipalError error) {
        return of(List.of(new FieldProblem(null, error)));
    }

    ResponseEntity<ProblemDetail> of(List<FieldProblem> fieldProblems) {
        var first = fieldProblems.getFirst().error();
        var problem = problems.detail(first);
        var errors = fieldProblems.stream().filter(p -> p.field() != null).map(p -> {
            var error = new LinkedHashMap<String, String>();
            error.put("field", p.field());
            error.put("code", p.error().code());
            error.put("message", problems.message(p.error()));
            return error;
        }).toList();
        if (!errors.isEmpty()) problem.setProperty("errors", errors);
        return ResponseEntity.status(first.status()).body(problem);
    }

    /**
     * The same answer where a handler cannot return it (a list, whose return type pages it): thrown, and
     * answered by the framework with this body as it is.
     */
    ErrorResponseException refused(FieldProblem problem) {
        var answer = of(List.of(problem));
        return new ErrorResponseException(answer.getStatusCode(), answer.getBody(), null);
    }
}
