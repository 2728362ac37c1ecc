package org.nafitha.payments.internal;

import org.nafitha.cases.CaseReference;
import org.nafitha.cases.PaymentHolds;
import org.nafitha.payments.ChargePaid;
import org.nafitha.registers.ViolationRegister;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * What a paid charge unblocks: each case it paid the fee of leaves the payment hold, and each fine
 * is recorded paid in the violations register. Both are idempotent, so the event publication
 * registry may retry a failed run without harm.
 */
@Service
class SettlingPaidDues {

    private final PaymentHolds holds;
    private final ViolationRegister violations;

    SettlingPaidDues(PaymentHolds holds, ViolationRegister violations) {
        this.holds = holds;
        this.violations = violations;
    }

    @ApplicationModuleListener
    void on(ChargePaid paid) {
        for (var due : paid.dues()) {
            switch (due.kind()) {
                case FEE -> holds.release(new CaseReference(due.reference()), paid.charge().toString());
                case FINE -> violations.recordPaid(due.reference());
                case DEPOSIT -> { } // the detention module credits the detainee's account on the same event
            }
        }
    }
}
