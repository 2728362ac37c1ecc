package org.nafitha.cases.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.nafitha.cases.CaseSubmitted;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.catalogue.FieldError;
import org.nafitha.catalogue.FormValidator;
import org.nafitha.catalogue.ServiceDefinition;
import org.nafitha.country.NationalId;
import org.nafitha.identity.MandateCheck;
import org.nafitha.identity.Mandates;
import org.nafitha.identity.Role;
import org.nafitha.registers.Prefill;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import java.util.List;
import java.util.Locale;
import org.nafitha.country.ArabicDigits;

/**
 * Opens cases. The idempotency key, the case, its first timeline step, its audit entry and the
 * {@link CaseSubmitted} event are written in one transaction ({@link OpeningCases}): an acknowledged
 * submission exists, and a retried or double-clicked one is the same case ({@link SubmissionKeys}).
 */
@Service
public class SubmittingCases {

    private final Catalogue catalogue;
    private final FormValidator validator;
    private final Prefill register;
    private final SubmissionKeys keys;
    private final OpeningCases opening;
    private final TransactionTemplate tx;
    private final Mandates mandates;
    private final PaymentHold holds;

    SubmittingCases(PaymentHold holds, Mandates mandates, Catalogue catalogue, FormValidator validator, Prefill register,
                    SubmissionKeys keys, OpeningCases opening, TransactionTemplate tx) {
        this.holds = holds;
        this.catalogue = catalogue;
        this.validator = validator;
        this.register = register;
        this.keys = keys;
        this.opening = opening;
        this.tx = tx;
        this.mandates = mandates;
    }

    public SubmissionOutcome submit(Submission submission) {
        var found = catalogue.find(submission.serviceCode());
        if (found.isEmpty()) return new SubmissionOutcome.UnknownService();
        var service = found.get();
        var actor = submission.actor();
        var atReception = submission.enteredAtReception();
        if (!atReception && (actor.nationalId() == null || !actor.has(Role.APPLICANT))) {
            return new SubmissionOutcome.NotAnApplicant();
        }
        var applicant = submission.onBehalfOf() == null ? actor.nationalId()
                : ArabicDigits.digitsOnly(submission.onBehalfOf());
        if (applicant == null) return new SubmissionOutcome.NotAnApplicant();
        // At reception the visitor stands at the counter and shows their ID card: no mandate is needed.
        MandateCheck mandate = atReception ? new MandateCheck.Self() : mandates.check(actor, applicant, service.code());
        if (mandate instanceof MandateCheck.Refused(var reason)) return new SubmissionOutcome.MandateRefused(reason);
        var owed = holds.unpaidFinesBlocking(service, applicant);
        if (owed.signum() > 0) return new SubmissionOutcome.UnpaidFines(owed);
        var check = validator.check(service, submission.input());
        var errors = new ArrayList<>(check.errors());
        var answers = new LinkedHashMap<>(check.answers());
        prefill(service, applicant, answers, errors);
        if (!errors.isEmpty()) return new SubmissionOutcome.Invalid(errors);

        var hash = SubmissionKeys.requestHash(submission);
        var previous = keys.previous(actor.username(), submission.idempotencyKey(), hash);
        if (previous.isPresent()) return previous.get();
        var under = mandate instanceof MandateCheck.Granted granted ? granted.mandateId() : null;
        try {
            return tx.execute(status -> opening.open(service, submission, applicant, under, answers, hash));
        } catch (DataIntegrityViolationException | ConcurrencyFailureException raced) {
            // Another request with the same key committed first; answer with its case.
            return keys.previous(actor.username(), submission.idempotencyKey(), hash).orElseThrow(() -> raced);
        }
    }

    /** Data the ministry holds is taken from its register, never from the form. */
    private void prefill(ServiceDefinition service, String nationalId, Map<String, String> answers,
                         List<FieldError> errors) {
        var prefilled = service.fields().stream().filter(f -> f.prefilled()).toList();
        if (prefilled.isEmpty()) return;
        var values = register.values(new NationalId(nationalId),
                prefilled.stream().map(f -> f.prefill()).toList(), Locale.forLanguageTag("ar"));
        for (var field : prefilled) {
            var value = values.get(field.prefill());
            if (value != null) answers.put(field.name(), value);
            else if (field.required()) errors.add(new FieldError(field.name(), "notInRegister"));
        }
    }
}
