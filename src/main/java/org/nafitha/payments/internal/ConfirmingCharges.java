package org.nafitha.payments.internal;

import java.time.Clock;

import org.nafitha.payments.ChargeId;
import org.nafitha.payments.ChargePaid;
import org.nafitha.payments.ChargeStatus;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.Locale;

/**
 * Applies what the gateway says of a charge, whether from its signed notification or our status
 * query. Only a move the transition table allows happens, by a conditional update, so the second
 * of two identical reports (or a late one after the outcome) changes nothing; a success is only
 * accepted for exactly the amount and currency we asked for.
 */
@Service
public class ConfirmingCharges {

    /** {@code LATE_SUCCESS}: the gateway took the money for a charge we had already failed or expired. */
    public enum Applied { MOVED, UNCHANGED, UNKNOWN_CHARGE, MISMATCH, LATE_SUCCESS }

    static final String SYSTEM = "payments-gateway";

    private final Charges charges;
    private final Dues dues;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    ConfirmingCharges(Charges charges, Dues dues, ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.charges = charges;
        this.dues = dues;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Applied apply(PaymentGateway.Report report, String source) {
        var found = charges.find(report.charge());
        if (found.isEmpty()) return Applied.UNKNOWN_CHARGE;
        var charge = found.get();
        var amount = charge.amount();
        if (report.amountMinor() != amount.minor() || !amount.currency().getCurrencyCode().equals(report.currency())) {
            // Flagged for finance on the audit trail; the charge is not moved by a report that disagrees with it.
            audit.record(new AuditEntry(SYSTEM, "SYSTEM", "payment.mismatch", charge.payer(), null,
                    charge.id() + ": ours " + amount + ", gateway " + report.amountMinor() + " " + report.currency()
                            + " " + report.outcome() + " (" + source + ")"));
            return Applied.MISMATCH;
        }
        var to = switch (report.outcome()) {
            case PENDING -> null;
            case SUCCEEDED -> ChargeStatus.PAID;
            case DECLINED -> ChargeStatus.FAILED;
            case EXPIRED -> ChargeStatus.EXPIRED;
        };
        if (to == null) return Applied.UNCHANGED;
        if (move(charge, to, source)) return Applied.MOVED;
        var now = charges.status(charge.id()).orElse(charge.status());
        if (to == ChargeStatus.PAID && (now == ChargeStatus.EXPIRED || now == ChargeStatus.FAILED)) {
            // Money was taken although the person was told it was not (its dues may be paid again):
            // never applied silently, finance refunds it or re-links it.
            audit.record(new AuditEntry(SYSTEM, "SYSTEM", "payment.late-success", charge.payer(), null,
                    charge.id() + " " + amount + " succeeded at the gateway after it was " + now + " (" + source + ")"));
            return Applied.LATE_SUCCESS;
        }
        return Applied.UNCHANGED;
    }

    /** Expires a charge of ours the gateway never heard of, or still has open past its time. */
    @Transactional
    public boolean expire(ChargeId id, String source) {
        var charge = charges.find(id);
        return charge.isPresent() && move(charge.get(), ChargeStatus.EXPIRED, source);
    }

    private boolean move(Charge charge, ChargeStatus to, String source) {
        var now = clock.instant();
        if (!charges.move(charge.id(), to, source, null, now)) return false;
        if (to == ChargeStatus.PAID) {
            var paid = dues.ofCharge(charge.id());
            dues.markPaid(charge.id(), now);
            events.publishEvent(new ChargePaid(charge.id(), charge.payer(), charge.amount(),
                    paid.stream().map(d -> new ChargePaid.PaidDue(d.kind(), d.reference(), d.total())).toList(), now));
        } else {
            dues.release(charge.id());
        }
        audit.record(new AuditEntry(SYSTEM, "SYSTEM", "payment.charge." + to.name().toLowerCase(Locale.ROOT),
                charge.payer(), null, charge.id() + " " + charge.amount() + " (" + source + ")"));
        return true;
    }
}
