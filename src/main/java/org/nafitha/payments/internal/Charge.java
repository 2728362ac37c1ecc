package org.nafitha.payments.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.payments.ChargeId;
import org.nafitha.payments.ChargeStatus;
import org.nafitha.payments.Money;

/**
 * A charge as stored. Its moves are made by {@link Charges#move}, a conditional update that only
 * the allowed pairs of {@link ChargeStatus} pass.
 *
 * @param payer     the national ID of the person whose dues it collects
 * @param createdBy the account that asked for it (the payer or someone acting for them)
 */
public record Charge(ChargeId id, String payer, String createdBy, Method method, Money amount, ChargeStatus status,
                     @Nullable String redirectUrl, @Nullable String billNumber, Instant expiresAt, Instant createdAt,
                     List<UUID> dues) {

    public enum Method { CARD, BILL }

    public Charge {
        dues = List.copyOf(dues);
    }
}
