package org.nafitha.cases.internal;

import java.util.List;

import org.nafitha.cases.CaseReference;
import org.nafitha.catalogue.FieldError;
import java.math.BigDecimal;
import org.nafitha.identity.MandateCheck;

/** What became of a submission. A replay of an earlier request answers with the same case. */
public sealed interface SubmissionOutcome {

    record Submitted(CaseReference reference, String status, boolean replay) implements SubmissionOutcome {
    }

    record Invalid(List<FieldError> errors) implements SubmissionOutcome {
    }

    record UnknownService() implements SubmissionOutcome {
    }

    /** The idempotency key was already used for a different request. */
    record KeyReused() implements SubmissionOutcome {
    }

    /** Acting for someone else without a valid mandate for this service. */
    record MandateRefused(MandateCheck.Reason reason) implements SubmissionOutcome {
    }

    /** The service may not be applied for while the applicant owes traffic fines; they pay first. */
    record UnpaidFines(BigDecimal total) implements SubmissionOutcome {
    }

    /** Only people with a national ID apply for themselves; staff use the counter channel. */
    record NotAnApplicant() implements SubmissionOutcome {
    }
}
