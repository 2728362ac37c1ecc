package org.nafitha.issuance.web;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseParties;
import org.nafitha.cases.CaseReference;
import org.nafitha.identity.Actor;
import org.springframework.context.MessageSource;
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

    static final String NOT_ISSUED = "api.document.notIssued";

    private final CaseParties parties;
    private final MessageSource messages;

    DocumentAccess(CaseParties parties, MessageSource messages) {
        this.parties = parties;
        this.messages = messages;
    }

    /** The case, when the caller is on its applicant's side. */
    Optional<CaseReference> mine(String reference, Actor actor) {
        return CaseReference.parse(reference).filter(r -> parties.onApplicantSide(r, actor));
    }

    /** 404; with a code and its words when the case is the caller's but has no document yet. */
    ResponseEntity<?> notFound(@Nullable String code, Locale locale) {
        var problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
        if (code != null) {
            // the API's codes stay as published; their words are under the module's message key
            problem.setDetail(messages.getMessage("issuance." + code, null, code, locale));
            problem.setProperty("code", code);
        }
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
