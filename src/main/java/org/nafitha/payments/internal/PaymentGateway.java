package org.nafitha.payments.internal;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nafitha.payments.ChargeId;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import org.nafitha.payments.Money;

/**
 * An acquirer, as the ministry talks to it server to server. The charge's ID is our merchant
 * reference: the gateway knows the charge by it even when its answer to {@link #start} never
 * reached us, so a status query finds it.
 */
public interface PaymentGateway {

    /** What the person pays with: the gateway's card page, or a bill number payable until {@code expiresAt}. */
    record Started(@Nullable String redirectUrl, @Nullable String billNumber, @Nullable Instant expiresAt) {
    }

    /** What the gateway says of a charge; amount and currency as it recorded them, to check against ours. */
    record Report(ChargeId charge, Outcome outcome, long amountMinor, String currency) {
    }

    enum Outcome { PENDING, SUCCEEDED, DECLINED, EXPIRED }

    /** @throws GatewayUnavailable when the gateway did not answer; the charge stays as it was */
    Started start(Charge charge, String returnUrl, String notifyUrl);

    /** Empty when the gateway never heard of the charge. */
    Optional<Report> query(ChargeId charge);

    /** Pays (part of) a paid charge back to the card or account it came from. */
    void refund(ChargeId charge, Money amount, UUID refundId);

    /** The day's settlement file (camt.053), streamed to {@code reader} and closed after. */
    <T> T settlement(LocalDate day, Function<InputStream, T> reader);

    /** The gateway did not answer in time or answered with an error: the outcome is unknown. */
    final class GatewayUnavailable extends RuntimeException {
        public GatewayUnavailable(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }
}
