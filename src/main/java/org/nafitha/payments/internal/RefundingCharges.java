package org.nafitha.payments.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;

import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.payments.ChargeId;
import org.nafitha.payments.ChargeStatus;
import org.nafitha.payments.Money;
import org.nafitha.payments.PaymentError;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refunds with four eyes: a finance officer proposes a full or partial refund with a reason, another
 * approves it. Approval adds to the charge's refunded total by a conditional update that keeps it
 * within what was paid (two approvals racing cannot refund more); a charge refunded in full becomes
 * REFUNDED. The gateway is asked to pay the money back after the decision is committed.
 */
@Service
public class RefundingCharges {

    private static final Logger log = LoggerFactory.getLogger(RefundingCharges.class);

    public sealed interface Outcome permits Done, Refused {
    }

    public record Done(Refund refund) implements Outcome {
    }

    public record Refused(PaymentError error) implements Outcome {
    }

    private final Charges charges;
    private final Refunds refunds;
    private final PaymentGateway gateway;
    private final TransactionTemplate tx;
    private final AuditTrail audit;
    private final Clock clock;

    RefundingCharges(Charges charges, Refunds refunds, PaymentGateway gateway, TransactionTemplate tx,
                     AuditTrail audit, Clock clock) {
        this.charges = charges;
        this.refunds = refunds;
        this.gateway = gateway;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    public Outcome propose(Actor actor, ChargeId chargeId, BigDecimal amount, String reason) {
        if (!actor.has(Role.FINANCE)) return new Refused(PaymentError.NOT_FINANCE);
        if (reason.isBlank()) return new Refused(PaymentError.REASON_REQUIRED);
        var charge = charges.find(chargeId).filter(c -> c.status() == ChargeStatus.PAID);
        if (charge.isEmpty()) return new Refused(PaymentError.NOT_REFUNDABLE);
        Money money;
        try {
            money = Money.of(amount, charge.get().amount().currency());
        } catch (IllegalArgumentException badAmount) {
            return new Refused(PaymentError.BAD_AMOUNT);
        }
        if (money.isZero()) return new Refused(PaymentError.BAD_AMOUNT);
        if (money.minor() > refunds.refundable(chargeId)) return new Refused(PaymentError.REFUND_ABOVE_PAID);
        var refund = new Refund(UUID.randomUUID(), chargeId, money, reason.strip(), Refund.Status.PROPOSED,
                actor.username(), clock.instant(), null);
        tx.executeWithoutResult(s -> {
            refunds.insert(refund);
            audit.record(new AuditEntry(actor.username(), Role.FINANCE.name(), "payment.refund.propose",
                    charge.get().payer(), null, chargeId + " " + money + ": " + refund.reason()));
        });
        return new Done(refund);
    }

    public Outcome approve(Actor actor, UUID refundId) {
        var found = refunds.find(refundId);
        if (found.isEmpty()) return new Refused(PaymentError.NOT_FOUND);
        var refund = found.get();
        var refusal = refund.refusalToDecide(actor);
        if (refusal.isPresent()) return new Refused(refusal.get());
        var charge = charges.find(refund.charge()).orElseThrow();
        var now = clock.instant();
        PaymentError error = tx.execute(s -> {
            if (!refunds.decide(refundId, Refund.Status.APPROVED, actor.username(), now)) return PaymentError.REFUND_DECIDED;
            if (!refunds.addToRefunded(refund.charge(), refund.amount().minor())) {
                s.setRollbackOnly();
                return PaymentError.REFUND_ABOVE_PAID;
            }
            if (refunds.refundable(refund.charge()) == 0) {
                charges.move(refund.charge(), ChargeStatus.REFUNDED, "refund " + refundId, refund.reason(), now);
            }
            audit.record(new AuditEntry(actor.username(), Role.FINANCE.name(), "payment.refund.approve",
                    charge.payer(), null, refund.charge() + " " + refund.amount() + " proposed by " + refund.proposedBy()));
            return null;
        });
        if (error != null) return new Refused(error);
        try {
            gateway.refund(refund.charge(), refund.amount(), refundId);
        } catch (PaymentGateway.GatewayUnavailable unknown) {
            // The decision stands; the settlement file shows whether the money went back.
            log.warn("Refund {} approved but the gateway did not confirm it: {}", refundId, unknown.getMessage());
        }
        return new Done(refunds.find(refundId).orElseThrow());
    }
}
