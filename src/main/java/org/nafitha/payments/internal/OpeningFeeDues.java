package org.nafitha.payments.internal;

import java.time.Clock;

import org.nafitha.cases.CaseStatusChanged;
import org.nafitha.cases.CaseSubmitted;
import org.nafitha.cases.PaymentHolds;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.payments.DueKind;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * A case held for payment becomes a due of its fee lines, computed from the service as the case
 * was opened and the form's answers. A retried event opens nothing twice (one due per case); a
 * case whose lines add up to nothing is released at once. A case that waited too long for its fee
 * ends, and its due is cancelled unless a charge is collecting it at that moment.
 */
@Service
class OpeningFeeDues {

    private final PaymentHolds holds;
    private final Catalogue catalogue;
    private final FeeSchedule fees;
    private final Dues dues;
    private final Clock clock;

    OpeningFeeDues(PaymentHolds holds, Catalogue catalogue, FeeSchedule fees, Dues dues, Clock clock) {
        this.holds = holds;
        this.catalogue = catalogue;
        this.fees = fees;
        this.dues = dues;
        this.clock = clock;
    }

    // The conditions are checked as the event is published: a listener with nothing to do gets no
    // outbox entry, no transaction and no thread (issue 27). They compare with the literal values of
    // PaymentHolds' constants: a T(...) type reference is looked up again at every evaluation, 7 µs
    // against 0.4 µs for the literal, on every case event of every service.
    @ApplicationModuleListener(condition = "#changed.to() == 'PAYMENT_EXPIRED'")
    void on(CaseStatusChanged changed) {
        if (PaymentHolds.PAYMENT_EXPIRED.equals(changed.to())) dues.cancel(DueKind.FEE, changed.reference().value());
    }

    @ApplicationModuleListener(condition = "#submitted.status() == 'AWAITING_PAYMENT'")
    void on(CaseSubmitted submitted) {
        if (!PaymentHolds.AWAITING_PAYMENT.equals(submitted.status())) return;
        holds.held(submitted.reference()).ifPresent(held -> {
            var service = catalogue.find(held.serviceCode(), held.serviceVersion()).orElseThrow(() ->
                    new IllegalStateException("case " + held.reference() + " has a service no longer in the catalogue"));
            var lines = fees.lines(service, held.answers());
            var total = fees.total(lines);
            if (total.isZero()) {
                holds.release(held.reference(), "no fee due");
                return;
            }
            dues.open(DueKind.FEE, held.reference().value(), held.applicant(), lines, total, clock.instant());
        });
    }
}
