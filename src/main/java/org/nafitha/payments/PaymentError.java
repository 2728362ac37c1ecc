package org.nafitha.payments;

import org.nafitha.errors.ErrorCode;

/**
 * Why a payment request was refused: a stable code, its HTTP status and its message key
 * ({@code payments.error.<code>}).
 */
public enum PaymentError implements ErrorCode {
    NOT_FOUND(404),
    NO_DUES(422),
    UNKNOWN_DUE(422),
    DUE_BEING_PAID(409),
    MIXED_CURRENCIES(422),
    IDEMPOTENCY_KEY_REUSED(422),
    BAD_AMOUNT(422),
    GATEWAY_UNAVAILABLE(503),
    BAD_SIGNATURE(401),
    STALE_NOTIFICATION(401),
    NOTIFICATION_MISMATCH(422),
    NOT_FINANCE(403),
    NOT_REFUNDABLE(422),
    REFUND_ABOVE_PAID(422),
    REASON_REQUIRED(422),
    FOUR_EYES(403),
    REFUND_DECIDED(409),
    RECONCILED_ALREADY(409),
    NOT_PAID(409),
    /** A create without an Idempotency-Key header (or one over 100 characters). */
    IDEMPOTENCY_KEY_REQUIRED(400),
    /** A settlement file that is not a readable camt.053 statement; the answer's detail says what was wrong with it. */
    SETTLEMENT_UNREADABLE(422);

    private final Definition definition;

    PaymentError(int status) {
        this.definition = Definition.named(status, "payments.", "payments.error.", name());
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
