package org.nafitha.payments.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.nafitha.payments.internal.Charge;

/** A payment (one charge) as the payments API answers it. */
record PaymentView(String id, String status, String amount, String currency, @Nullable String redirectUrl,
                   @Nullable String billNumber, Instant expiresAt) {

    static PaymentView of(Charge c) {
        return new PaymentView(c.id().toString(), c.status().name(), c.amount().amount().toPlainString(),
                c.amount().currency().getCurrencyCode(), c.redirectUrl(), c.billNumber(), c.expiresAt());
    }
}
