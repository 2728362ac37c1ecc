package org.nafitha.cases.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.nafitha.cases.Applications;
import org.nafitha.identity.Actor;
import org.springframework.stereotype.Component;

/** {@link Applications} through the portal's own submission and reading. */
@Component
class ApplyingForOtherModules implements Applications {

    private final SubmittingCases submitting;
    private final ReadingCases reading;

    ApplyingForOtherModules(SubmittingCases submitting, ReadingCases reading) {
        this.submitting = submitting;
        this.reading = reading;
    }

    @Override
    public Outcome applyForSelf(Actor applicant, String serviceCode, Map<String, String> answers, String idempotencyKey) {
        var outcome = submitting.submit(new Submission(applicant, serviceCode, answers, Map.of(), idempotencyKey, null));
        return switch (outcome) {
            case SubmissionOutcome.Submitted s -> new Submitted(s.reference(), s.status());
            case SubmissionOutcome.Invalid i -> new Invalid(i.errors());
            case SubmissionOutcome.UnknownService u -> new Refused("unknown-service");
            case SubmissionOutcome.KeyReused k -> new Refused("key-reused");
            case SubmissionOutcome.MandateRefused m -> new Refused("mandate");
            case SubmissionOutcome.UnpaidFines u -> new Refused("unpaid-fines");
            case SubmissionOutcome.NotAnApplicant n -> new Refused("not-an-applicant");
        };
    }

    @Override
    public List<Summary> mine(Actor applicant) {
        return reading.mine(applicant).stream()
                .sorted(Comparator.comparing(CaseSummary::submittedAt).reversed())
                .map(c -> new Summary(c.reference(), c.serviceCode(), c.status(), c.submittedAt(), c.updatedAt()))
                .toList();
    }
}
