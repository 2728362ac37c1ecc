package org.nafitha.cases.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseReference;
import org.nafitha.cases.CaseStatusChanged;
import org.nafitha.cases.CaseSubmitted;
import org.nafitha.cases.Channel;
import org.nafitha.catalogue.ServiceDefinition;
import org.nafitha.country.Calendars;
import org.nafitha.identity.Role;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A checked submission opened as a case, inside the submission's transaction: its idempotency key, the
 * case held for its fee or in its first state (drawn to someone when it has one), its documents, first
 * timeline step, audit entry and {@link CaseSubmitted} event.
 */
@Component
class OpeningCases {

    private final Cases cases;
    private final SubmissionKeys keys;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Calendars calendars;
    private final Assigning assigning;
    private final PaymentHold holds;

    OpeningCases(Cases cases, SubmissionKeys keys, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
                 Calendars calendars, Assigning assigning, PaymentHold holds) {
        this.cases = cases;
        this.keys = keys;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.calendars = calendars;
        this.assigning = assigning;
        this.holds = holds;
    }

    SubmissionOutcome open(ServiceDefinition service, Submission submission, String applicant,
                                   java.util.@Nullable UUID mandateId,
                                   Map<String, String> answers, String hash) {
        var actor = submission.actor();
        var now = clock.instant();
        var reference = CaseReference.of(service.referencePrefix(), calendars.today(clock).getYear(),
                cases.nextSequence());
        keys.record(actor.username(), submission.idempotencyKey(), hash, reference, now);
        var complete = service.fileFields().stream().filter(f -> f.required())
                .allMatch(f -> !submission.documents().getOrDefault(f.name(), List.of()).isEmpty());
        var status = holds.awaitsPayment(service) ? PaymentHold.AWAITING_PAYMENT
                : complete ? service.workflow().initial() : "AWAITING_DOCUMENTS";
        var atReception = submission.enteredAtReception();
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
}
