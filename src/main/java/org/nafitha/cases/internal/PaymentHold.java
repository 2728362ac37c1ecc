package org.nafitha.cases.internal;

import java.time.Clock;

import org.nafitha.cases.CaseReference;
import org.nafitha.cases.CaseStatusChanged;
import org.nafitha.cases.CasesProperties;
import org.nafitha.cases.PaymentHolds;
import org.nafitha.catalogue.FieldDefinition;
import org.nafitha.catalogue.ServiceDefinition;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.nafitha.country.NationalId;
import org.nafitha.registers.ViolationRegister;

/**
 * The hold before a paid service's case reaches its department. The hold is no state of the
 * service's workflow (the catalogue's definitions stay as they are): the engine opens the case in
 * {@link #AWAITING_PAYMENT} and, on release, moves it to where submission would have put it.
 * The release is a conditional update on the held state, so two confirmations of one payment (two
 * nodes, a retried event) release the case once.
 */
@Service
class PaymentHold implements PaymentHolds {

    private final CasesProperties properties;
    private final Cases cases;
    private final DecidingCases deciding;
    private final Assigning assigning;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final UnpaidCases unpaid;
    private final ViolationRegister violations;

    PaymentHold(CasesProperties properties, Cases cases, DecidingCases deciding, Assigning assigning,
                AuditTrail audit, ApplicationEventPublisher events, Clock clock, UnpaidCases unpaid,
                ViolationRegister violations) {
        this.violations = violations;
        this.unpaid = unpaid;
        this.properties = properties;
        this.cases = cases;
        this.deciding = deciding;
        this.assigning = assigning;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Ends the cases that waited for their fee longer than the configured time ({@link UnpaidCases}). */
    @Override
    public int expireUnpaid() {
        return unpaid.expire();
    }

    /** What the applicant owes in traffic fines when the service may not start before they are paid; else zero. */
    BigDecimal unpaidFinesBlocking(ServiceDefinition service, String applicant) {
        if (!properties.requirePaidFines() || !service.requiresNoUnpaidFines()) return BigDecimal.ZERO;
        return violations.unpaidTotal(new NationalId(applicant));
    }

    boolean awaitsPayment(ServiceDefinition service) {
        return properties.awaitPayment() && service.fee().signum() > 0;
    }

    @Override
    public Optional<HeldCase> held(CaseReference reference) {
        return cases.find(reference).filter(c -> AWAITING_PAYMENT.equals(c.status()))
                .map(c -> new HeldCase(reference, c.serviceCode(), c.serviceVersion(), c.applicant(), c.answers()));
    }

    @Override
    @Transactional
    public Release release(CaseReference reference, String paymentId) {
        var found = cases.find(reference).filter(c -> AWAITING_PAYMENT.equals(c.status()));
        if (found.isEmpty()) return new NotHeld(reference);
        var c = found.get();
        var service = deciding.service(c);
        var workflow = service.workflow();
        var attached = cases.documents(reference);
        var complete = service.fileFields().stream().filter(FieldDefinition::required)
                .allMatch(f -> !attached.getOrDefault(f.name(), List.of()).isEmpty());
        var next = complete ? workflow.initial() : "AWAITING_DOCUMENTS";
        var now = clock.instant();
        var limit = workflow.limit(next, service.slaDays());
        var holder = assigning.holderAfter(c, workflow, next);
        if (!cases.updateStatus(reference, next, c.version(), now, limit == null ? null : now.plus(limit), null,
                holder.assignee())) {
            return new NotHeld(reference);
        }
        var step = new CaseStatusChanged(reference, c.serviceCode(), c.applicant(), "pay", AWAITING_PAYMENT, next,
                "SYSTEM", null, now);
        cases.appendTimeline(step, Assigning.SYSTEM, now);
        audit.record(new AuditEntry(Assigning.SYSTEM, "SYSTEM", "case.pay", c.applicant(), reference.value(),
                "payment " + paymentId, c.department()));
        assigning.held(c, next, holder, now);
        events.publishEvent(step);
        return new Released(reference, next);
    }
}
