package org.nafitha.cases;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.nafitha.catalogue.FieldError;
import org.nafitha.identity.Actor;

/**
 * Applying for oneself from another module's pages (the self-service kiosk): the same submission,
 * checks and workflow as the portal's form, without file uploads — a service with a required
 * document opens its case awaiting that document, which the person uploads later online.
 */
public interface Applications {

    sealed interface Outcome permits Submitted, Invalid, Refused {
    }

    record Submitted(CaseReference reference, String status) implements Outcome {
    }

    record Invalid(List<FieldError> errors) implements Outcome {
    }

    /** Not a service, or the person cannot apply (no national ID); {@code reason} is a short code. */
    record Refused(String reason) implements Outcome {
    }

    /** @param idempotencyKey the form's key: submitting the same form twice yields the same case */
    Outcome applyForSelf(Actor applicant, String serviceCode, Map<String, String> answers, String idempotencyKey);

    /** A line of the person's own applications. */
    @Schema(name = "CaseSummaryView")
    record Summary(CaseReference reference, String serviceCode, String status, Instant submittedAt, Instant updatedAt) {
    }

    /** The person's applications, newest first. */
    List<Summary> mine(Actor applicant);
}
