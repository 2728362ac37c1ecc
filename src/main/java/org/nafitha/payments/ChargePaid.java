package org.nafitha.payments;

import java.time.Instant;
import java.util.List;

/**
 * The gateway confirmed a charge: each due it covered is paid. {@code payer} is the national ID of
 * the person who owed them.
 */
public record ChargePaid(ChargeId charge, String payer, Money amount, List<PaidDue> dues, Instant at) {

    public ChargePaid {
        dues = List.copyOf(dues);
    }

    /** @param reference the case reference of a fee, the violation number of a fine */
    public record PaidDue(DueKind kind, String reference, Money amount) {
    }
}
