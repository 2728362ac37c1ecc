package org.nafitha.cases.internal;

import static org.nafitha.cases.PaymentHolds.AWAITING_PAYMENT;
import static org.nafitha.cases.PaymentHolds.PAYMENT_EXPIRED;

import java.time.Clock;

import org.nafitha.cases.CaseReference;
import org.nafitha.cases.CaseStatusChanged;
import org.nafitha.cases.CasesProperties;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Cases held for their fee ({@link PaymentHold}) that waited too long: ended, on a timer, once across nodes. */
@Component
class UnpaidCases {

    private final CasesProperties properties;
    private final Cases cases;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate tx;

    UnpaidCases(CasesProperties properties, Cases cases, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
                PlatformTransactionManager transactions) {
        this.properties = properties;
        this.cases = cases;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${nafitha.cases.check-payments-every:10m}", initialDelayString = "40s")
    void onSchedule() {
        if (properties.awaitPayment()) expire();
    }

    /**
     * Ends the cases that waited for their fee longer than the configured time; returns how many this
     * node ended. Each is a conditional update on the case's version, so of several nodes one ends it.
     */
    int expire() {
        var before = clock.instant().minus(properties.paymentWait());
        int expired = 0;
        for (var reference : cases.awaitingPaymentSince(before, 200)) {
            if (Boolean.TRUE.equals(tx.execute(s -> expire(reference)))) expired++;
        }
        return expired;
    }

    private boolean expire(CaseReference reference) {
        var found = cases.find(reference).filter(c -> AWAITING_PAYMENT.equals(c.status()));
        if (found.isEmpty()) return false;
        var c = found.get();
        var now = clock.instant();
        if (!cases.updateStatus(reference, PAYMENT_EXPIRED, c.version(), now, null, null, c.assignee())) return false;
        var step = new CaseStatusChanged(reference, c.serviceCode(), c.applicant(), "expire-unpaid", AWAITING_PAYMENT,
                PAYMENT_EXPIRED, "SYSTEM", null, now);
        cases.appendTimeline(step, Assigning.SYSTEM, now);
        audit.record(new AuditEntry(Assigning.SYSTEM, "SYSTEM", "case.expire-unpaid", c.applicant(), reference.value(),
                "fee not paid within " + properties.paymentWait(), c.department()));
        events.publishEvent(step);
        return true;
    }
}
