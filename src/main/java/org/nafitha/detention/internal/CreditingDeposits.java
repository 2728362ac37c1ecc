package org.nafitha.detention.internal;

import org.nafitha.payments.ChargePaid;
import org.nafitha.payments.DueKind;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * The gateway confirmed a family's payment: each approved deposit it covered is credited to the
 * detainee's account, once — the event publication registry may deliver the event again.
 */
@Service
class CreditingDeposits {

    private final DetentionRequests requests;
    private final Detainees detainees;
    private final AuditTrail audit;

    CreditingDeposits(DetentionRequests requests, Detainees detainees, AuditTrail audit) {
        this.requests = requests;
        this.detainees = detainees;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(ChargePaid paid) {
        for (var due : paid.dues()) {
            if (due.kind() != DueKind.DEPOSIT || !requests.credit(due.reference(), paid.at())) continue;
            var request = requests.find(due.reference()).orElseThrow();
            var detainee = detainees.find(request.detainee()).orElseThrow();
            audit.record(new AuditEntry(paid.payer(), "APPLICANT", "detention.deposit.credited",
                    detainee.nationalId().value(), request.reference(), due.amount().amount().toPlainString(),
                    request.facility()));
        }
    }
}
