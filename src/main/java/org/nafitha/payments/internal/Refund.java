package org.nafitha.payments.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.payments.ChargeId;
import org.nafitha.payments.Money;
import org.nafitha.payments.PaymentError;

/**
 * A refund of (part of) a paid charge. It guards its own rules: only finance staff decide it, never
 * the person who proposed it, and only once.
 */
public record Refund(UUID id, ChargeId charge, Money amount, String reason, Status status, String proposedBy,
                     Instant proposedAt, @Nullable String decidedBy) {

    public enum Status { PROPOSED, APPROVED, REJECTED }

    /** Why {@code approver} may not decide this refund, if they may not. */
    public Optional<PaymentError> refusalToDecide(Actor approver) {
        if (!approver.has(Role.FINANCE)) return Optional.of(PaymentError.NOT_FINANCE);
        if (status != Status.PROPOSED) return Optional.of(PaymentError.REFUND_DECIDED);
        if (approver.username().equals(proposedBy)) return Optional.of(PaymentError.FOUR_EYES);
        return Optional.empty();
    }
}
