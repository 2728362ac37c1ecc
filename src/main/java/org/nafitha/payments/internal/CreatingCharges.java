package org.nafitha.payments.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.nafitha.identity.Actor;
import org.nafitha.payments.ChargeId;
import org.nafitha.payments.ChargeStatus;
import org.nafitha.payments.Money;
import org.nafitha.payments.PaymentError;
import org.nafitha.payments.PaymentsProperties;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens a charge for some of a person's dues and starts it with the gateway. Exactly once, settled
 * by the database: the caller's idempotency key is unique (a retried or double-clicked create is
 * the same charge, {@link ChargeReplays}), and each due is claimed by one live charge with a conditional update (two
 * tabs paying the same fine at once get one charge and one refusal).
 */
@Service
public class CreatingCharges {

    public sealed interface Outcome permits Created, Refused {
    }

    /** @param replayed the same key and request came before: this is that charge */
    public record Created(Charge charge, boolean replayed) implements Outcome {
    }

    public record Refused(PaymentError error) implements Outcome {
    }

    private final Charges charges;
    private final Dues dues;
    private final ChargeReplays replays;
    private final StartingCharges starting;
    private final PaymentsProperties properties;
    private final TransactionTemplate tx;
    private final AuditTrail audit;
    private final Clock clock;

    CreatingCharges(Charges charges, Dues dues, ChargeReplays replays, StartingCharges starting,
                    PaymentsProperties properties, TransactionTemplate tx, AuditTrail audit, Clock clock) {
        this.charges = charges;
        this.dues = dues;
        this.replays = replays;
        this.starting = starting;
        this.properties = properties;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    public Outcome create(Actor actor, String idempotencyKey, List<UUID> dueIds, Charge.Method method) {
        var payer = actor.nationalId();
        if (payer == null || dueIds.isEmpty()) return new Refused(PaymentError.NO_DUES);
        var hash = ChargeReplays.requestHash(method, dueIds);
        var previous = replays.previous(actor, idempotencyKey, hash);
        if (previous != null) return previous;
        var chosen = new ArrayList<Due>();
        for (var id : dueIds.stream().distinct().toList()) {
            var due = dues.find(id).filter(d -> d.payer().equals(payer));
            if (due.isEmpty()) return new Refused(PaymentError.UNKNOWN_DUE);
            if (due.get().status() != Due.Status.OPEN) return new Refused(PaymentError.DUE_BEING_PAID);
            chosen.add(due.get());
        }
        var currency = chosen.getFirst().total().currency();
        if (chosen.stream().anyMatch(d -> !d.total().currency().equals(currency))) {
            return new Refused(PaymentError.MIXED_CURRENCIES);
        }
        var total = chosen.stream().map(Due::total).reduce(Money.zero(currency), Money::plus);
        if (total.isZero()) return new Refused(PaymentError.BAD_AMOUNT);
        var now = clock.instant();
        var lifetime = method == Charge.Method.BILL ? properties.billLifetime() : properties.chargeLifetime();
        var charge = new Charge(ChargeId.random(), payer, actor.username(), method, total, ChargeStatus.CREATED,
                null, null, now.plus(lifetime), now, chosen.stream().map(Due::id).toList());
        Outcome opened;
        try {
            opened = tx.execute(status -> {
                charges.insert(charge, idempotencyKey, hash);
                if (!dues.claim(charge.dues(), payer, charge.id())) {
                    status.setRollbackOnly();
                    return new Refused(PaymentError.DUE_BEING_PAID);
                }
                audit.record(new AuditEntry(actor.username(), actor.primaryRole().name(), "payment.charge.create",
                        payer, null, charge.id() + " " + total + " " + method));
                return new Created(charge, false);
            });
        } catch (DataIntegrityViolationException raced) {
            // Another request with the same key committed first: answer with its charge.
            var again = replays.previous(actor, idempotencyKey, hash);
            if (again == null) throw raced;
            return again;
        }
        if (!(opened instanceof Created)) return opened;
        return new Created(starting.start(charge), false);
    }
}
