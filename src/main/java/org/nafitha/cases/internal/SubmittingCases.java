package org.nafitha.cases.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.commons.codec.digest.DigestUtils;
import org.nafitha.cases.CaseReference;
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
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseStatusChanged;
import org.nafitha.cases.Channel;
import org.nafitha.country.ArabicDigits;
import org.nafitha.country.Calendars;

/**
 * Opens cases. The idempotency key, the case, its first timeline step, its audit entry and the
 * {@link CaseSubmitted} event are written in one transaction: an acknowledged submission exists,
 * and a retried or double-clicked one is the same case.
 */
@Service
public class SubmittingCases {

    private final Catalogue catalogue;
    private final FormValidator validator;
    private final Prefill register;
    private final Cases cases;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Calendars calendars;
    private final Mandates mandates;
    private final Assigning assigning;
    private final PaymentHold holds;

    SubmittingCases(PaymentHold holds, Mandates mandates, Catalogue catalogue, FormValidator validator, Prefill register, Cases cases, JdbcClient jdbc,
                    TransactionTemplate tx, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
                    Calendars calendars, Assigning assigning) {
        this.assigning = assigning;
        this.holds = holds;
        this.catalogue = catalogue;
        this.validator = validator;
        this.register = register;
        this.cases = cases;
        this.jdbc = jdbc;
        this.tx = tx;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.calendars = calendars;
        this.mandates = mandates;
    }

    public SubmissionOutcome submit(Submission submission) {
        var found = catalogue.find(submission.serviceCode());
        if (found.isEmpty()) return new SubmissionOutcome.UnknownService();
        var service = found.get();
        var actor = submission.actor();
        var atReception = atReception(submission);
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

        var hash = requestHash(submission);
        var previous = previous(actor.username(), submission.idempotencyKey(), hash);
        if (previous.isPresent()) return previous.get();
        var under = mandate instanceof MandateCheck.Granted granted ? granted.mandateId() : null;
        try {
            return tx.execute(status -> open(service, submission, applicant, under, answers, hash));
        } catch (DataIntegrityViolationException | ConcurrencyFailureException raced) {
            // Another request with the same key committed first; answer with its case.
            return previous(actor.username(), submission.idempotencyKey(), hash).orElseThrow(() -> raced);
        }
    }

    private SubmissionOutcome open(ServiceDefinition service, Submission submission, String applicant,
                                   java.util.@Nullable UUID mandateId,
                                   Map<String, String> answers, String hash) {
        var actor = submission.actor();
        var now = clock.instant();
        var reference = CaseReference.of(service.referencePrefix(), calendars.today(clock).getYear(),
                cases.nextSequence());
        jdbc.sql("""
                        INSERT INTO idempotency_keys (actor, idempotency_key, request_hash, case_reference, created_at)
                        VALUES (:actor, :key, :hash, :ref, :at)""")
                .param("actor", actor.username()).param("key", submission.idempotencyKey()).param("hash", hash)
                .param("ref", reference.value()).param("at", Timestamp.from(now))
                .update();
        var complete = service.fileFields().stream().filter(f -> f.required())
                .allMatch(f -> !submission.documents().getOrDefault(f.name(), List.of()).isEmpty());
        var status = holds.awaitsPayment(service) ? PaymentHold.AWAITING_PAYMENT
                : complete ? service.workflow().initial() : "AWAITING_DOCUMENTS";
        var atReception = atReception(submission);
        // Only reception's own walk-ins are recorded as entered at reception, whatever a caller claims.
        var channel = submission.channel() == Channel.RECEPTION && !atReception
                ? Channel.ONLINE : submission.channel();
        var enteredBy = atReception ? submission.enteredBy() : null;
        var limit = service.workflow().limit(status, service.slaDays());
        var due = limit == null ? null : now.plus(limit);
        var c = new Case(reference, service.code(), service.version(), service.department(), applicant,
                actor.username(), status, answers, now, 0, Map.of(), new Case.Engine(null, null,
                submission.womenSection(), null, Set.of(), channel.name(), enteredBy, due, null, null));
        // Nobody in the department sees a case before its fee is paid.
        var draw = PaymentHold.AWAITING_PAYMENT.equals(status) ? null
                : assigning.drawOnOpening(c, service.workflow(), status);
        cases.open(c, mandateId, channel, enteredBy, submission.womenSection(), due, draw == null ? null : draw.chosen());
        if (draw != null) assigning.recordDraw(c, status, draw, now);
        var role = atReception ? Role.RECEPTION.name() : mandateId == null ? Role.APPLICANT.name() : "REPRESENTATIVE";
        submission.documents().forEach((field, ids) -> ids.forEach(id -> cases.attach(reference, field, id)));
        var step = new CaseStatusChanged(reference, service.code(), c.applicant(), "submit", "NEW",
                status, role, null, now);
        cases.appendTimeline(step, actor.username(), now);
        audit.record(new AuditEntry(actor.username(), role, "case.submit", c.applicant(), reference.value(),
                atReception ? "walk-in at reception; identity checked in person"
                        + (submission.womenSection() ? "; women's section" : "")
                        : mandateId == null ? null : "mandate " + mandateId));
        events.publishEvent(new CaseSubmitted(reference, service.code(), c.applicant(), service.department(), status, now,
                channel));
        return new SubmissionOutcome.Submitted(reference, status, false);
    }

    /** Reception enters a request for a walk-in visitor, who is always someone else. */
    private static boolean atReception(Submission submission) {
        return submission.channel() == Channel.RECEPTION && submission.actor().has(Role.RECEPTION)
                && submission.onBehalfOf() != null && submission.actor().username().equals(submission.enteredBy());
    }

    private Optional<SubmissionOutcome> previous(String actor, String key, String hash) {
        return jdbc.sql("""
                        SELECT k.request_hash, k.case_reference, c.status FROM idempotency_keys k
                        JOIN cases c ON c.reference = k.case_reference
                        WHERE k.actor = :actor AND k.idempotency_key = :key""")
                .param("actor", actor).param("key", key)
                .query((rs, n) -> hash.equals(rs.getString(1))
                        ? (SubmissionOutcome) new SubmissionOutcome.Submitted(new CaseReference(rs.getString(2)),
                        rs.getString(3), true)
                        : new SubmissionOutcome.KeyReused())
                .optional();
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

    private static String requestHash(Submission submission) {
        var canonical = new StringBuilder(submission.serviceCode()).append('\u001d').append(submission.onBehalfOf());
        if (submission.channel() != Channel.ONLINE) {
            canonical.append('\u001d').append(submission.channel()).append(submission.womenSection());
        }
        new TreeMap<>(submission.input()).forEach((k, v) -> canonical.append('\u001f').append(k).append('=').append(v));
        new TreeMap<>(submission.documents()).forEach((k, v) -> canonical.append('\u001e').append(k).append('=').append(v));
        return DigestUtils.sha256Hex(canonical.toString());
    }
}
