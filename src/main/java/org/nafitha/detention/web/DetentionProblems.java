package org.nafitha.detention.web;

import java.util.List;

import org.nafitha.detention.DetentionError;
import org.nafitha.errors.Problems;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Detention refusals as problem+json: the stable code(s) and the message in the client's language. */
@Component
class DetentionProblems {

    private final Problems problems;

    DetentionProblems(Problems problems) {
        this.problems = problems;
    }

    ResponseEntity<ProblemDetail> of(DetentionError error) {
        return of(List.of(error));
    }

    /** The first error is the problem's; all of them are listed under {@code errors}. */
    ResponseEntity<ProblemDetail> of(List<DetentionError> errors) {
        var first = errors.getFirst();
        var problem = problems.detail(first);
        if (errors.size() > 1) {
            problem.setProperty("errors", errors.stream().map(e -> new Error(e.code(), problems.message(e))).toList());
        }
        return ResponseEntity.status(first.status()).body(problem);
    }

    record Error(String code, String detail) {
    }
}
