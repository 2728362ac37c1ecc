package org.nafitha.payments.simulator;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/** One payment in the simulated acquirer's books: what the merchant started, how it stands, what was paid back. */
final class SimulatedPayment {

    final String id;
    final String merchantReference;
    final long amountMinor;
    final String currency;
    final String method;
    final String returnUrl;
    final String notifyUrl;
    final Instant expiresAt;
    final @Nullable String billNumber;
    volatile SimulatedAcquirer.Status status = SimulatedAcquirer.Status.PENDING;
    volatile @Nullable Instant settledAt;
    final Map<String, Refunded> refunds = new ConcurrentHashMap<>();

    SimulatedPayment(String id, String merchantReference, long amountMinor, String currency, String method,
                     String returnUrl, String notifyUrl, Instant expiresAt, @Nullable String billNumber) {
        this.id = id;
        this.merchantReference = merchantReference;
        this.amountMinor = amountMinor;
        this.currency = currency;
        this.method = method;
        this.returnUrl = returnUrl;
        this.notifyUrl = notifyUrl;
        this.expiresAt = expiresAt;
        this.billNumber = billNumber;
    }

    /** Money paid back on a payment, by the merchant's refund ID (a retried refund is the same one). */
    record Refunded(String refundId, long amountMinor, Instant at) {
    }
}
