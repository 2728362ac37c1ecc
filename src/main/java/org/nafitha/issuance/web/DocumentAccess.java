package org.nafitha.issuance.web;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nafitha.errors.Problems;
import org.nafitha.cases.CaseParties;
import org.nafitha.cases.CaseReference;
import org.nafitha.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The issued-document API's one rule, the case page's: only the applicant's side of the case (the person,
 * or who applied for them under a mandate that still holds); anyone else gets 404, as for a case they
 * cannot see.
 */
@Component
class DocumentAccess {

    private final CaseParties parties;
    private final Problems problems;

    DocumentAccess(CaseParties parties, Problems problems) {
        this.parties = parties;
        this.problems = problems;
    }

    /** The case, when the caller is on its applicant's side. */
    Optional<CaseReference> mine(String reference, Actor actor) {
        return CaseReference.parse(reference).filter(r -> parties.onApplicantSide(r, actor));
    }

    /** 404; with a code and its words ({@link IssuanceError#DOCUMENT_NOT_ISSUED}) when the case is the caller's but has no document yet. */
    ResponseEntity<?> notFound(@Nullable IssuanceError error) {
        var problem = error == null ? ProblemDetail.forStatus(HttpStatus.NOT_FOUND) : problems.detail(error);
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
