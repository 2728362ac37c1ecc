package org.nafitha.cases;

import java.util.Map;
import java.util.Optional;

/**
 * Cases of paid services that wait for their fee. The payments module calls {@link #release} once
 * the gateway has confirmed the payment; the case then enters its workflow (or waits for a missing
 * document) and its service-level clock starts. Releasing twice changes nothing the second time.
 */
public interface PaymentHolds {

    /** The state a case of a paid service is opened in. */
    String AWAITING_PAYMENT = "AWAITING_PAYMENT";

    /** Where a case ends whose fee was not paid in time ({@code nafitha.cases.payment-wait}); final. */
    String PAYMENT_EXPIRED = "PAYMENT_EXPIRED";

    sealed interface Release permits Released, NotHeld {
    }

    /** The case left the hold for {@code status}. */
    record Released(CaseReference reference, String status) implements Release {
    }

    /** No such case, or it was not (or no longer) waiting for payment. */
    record NotHeld(CaseReference reference) implements Release {
    }

    /** A held case as the fee schedule needs it: the service as opened and the form's answers. */
    record HeldCase(CaseReference reference, String serviceCode, int serviceVersion, String applicant,
                    Map<String, String> answers) {
    }

    /** The case, if it is waiting for payment. */
    Optional<HeldCase> held(CaseReference reference);

    /**
     * Ends the cases that waited for their fee longer than {@code nafitha.cases.payment-wait}
     * ({@link #PAYMENT_EXPIRED}, the applicant is told); every node runs it on a timer. Returns how
     * many this call ended.
     */
    int expireUnpaid();

    /** @param paymentId what paid the fee, written on the timeline's audit entry */
    Release release(CaseReference reference, String paymentId);
}
