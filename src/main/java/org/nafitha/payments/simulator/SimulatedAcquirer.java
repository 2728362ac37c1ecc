package org.nafitha.payments.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import java.util.Comparator;
import java.util.UUID;

/**
 * The simulated acquirer's own books, in memory (it is another company's system, not our data).
 * Test cards decide the outcome, as acquirers' sandboxes do ({@link TestCards}).
 */
@Component
@ConditionalOnProperty(prefix = "nafitha.payments", name = "simulator", havingValue = "true")
class SimulatedAcquirer {

    enum Status { PENDING, CHALLENGED, SUCCEEDED, DECLINED, EXPIRED }

    /** How the notification of an outcome travels: once, never, or repeated and sent again under another ID. */
    enum Delivery { ONCE, LOST, TWICE }

    private final Map<String, SimulatedPayment> byId = new ConcurrentHashMap<>();
    private final Map<String, SimulatedPayment> byReference = new ConcurrentHashMap<>();
    private final Map<String, SimulatedPayment> byBill = new ConcurrentHashMap<>();
    private final Clock clock;

    SimulatedAcquirer(Clock clock) {
        this.clock = clock;
    }

    /** A merchant's retried start with the same reference gets the same payment. */
    SimulatedPayment create(String merchantReference, long amountMinor, String currency, String method, String returnUrl,
                   String notifyUrl, Instant expiresAt) {
        return byReference.computeIfAbsent(merchantReference, ref -> {
            var bill = "BILL".equals(method) ? String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L)) : null;
            var p = new SimulatedPayment("sim_" + UUID.randomUUID().toString().replace("-", ""), ref, amountMinor,
                    currency, method, returnUrl, notifyUrl, expiresAt, bill);
            byId.put(p.id, p);
            if (bill != null) byBill.put(bill, p);
            return p;
        });
    }

    Optional<SimulatedPayment> find(String id) {
        return Optional.ofNullable(byId.get(id)).map(this::expireIfDue);
    }

    Optional<SimulatedPayment> byReference(String merchantReference) {
        return Optional.ofNullable(byReference.get(merchantReference)).map(this::expireIfDue);
    }

    Optional<SimulatedPayment> byBill(String billNumber) {
        return Optional.ofNullable(byBill.get(billNumber)).map(this::expireIfDue);
    }

    /** The card page's outcome; a 3-D Secure card is challenged first. Only a pending payment is paid. */
    synchronized Status payByCard(SimulatedPayment p, String cardNumber) {
        if (p.status != Status.PENDING) return p.status;
        var card = TestCards.digits(cardNumber);
        if (card.equals(TestCards.CHALLENGE)) return p.status = Status.CHALLENGED;
        return settle(p, TestCards.declined(card) ? Status.DECLINED : Status.SUCCEEDED);
    }

    synchronized Status answerChallenge(SimulatedPayment p, String code) {
        if (p.status != Status.CHALLENGED) return p.status;
        return settle(p, TestCards.THREE_D_SECURE_CODE.equals(code.strip()) ? Status.SUCCEEDED : Status.DECLINED);
    }

    synchronized Status payBill(SimulatedPayment p) {
        if (p.status != Status.PENDING) return p.status;
        return settle(p, Status.SUCCEEDED);
    }

    /** Refuses (false) a refund of an unpaid payment or above what is left of it. */
    synchronized boolean refund(SimulatedPayment p, String refundId, long amountMinor) {
        if (p.refunds.containsKey(refundId)) return true;
        var refunded = p.refunds.values().stream().mapToLong(SimulatedPayment.Refunded::amountMinor).sum();
        if (p.status != Status.SUCCEEDED || amountMinor <= 0 || refunded + amountMinor > p.amountMinor) return false;
        p.refunds.put(refundId, new SimulatedPayment.Refunded(refundId, amountMinor, clock.instant()));
        return true;
    }

    List<SimulatedPayment> all() {
        return List.copyOf(byId.values());
    }

    /** Succeeded payments settled in [from, to): the lines of a settlement file. */
    List<SimulatedPayment> settledBetween(Instant from, Instant to) {
        return byId.values().stream().filter(p -> p.status == Status.SUCCEEDED && p.settledAt != null
                        && !p.settledAt.isBefore(from) && p.settledAt.isBefore(to))
                .sorted(Comparator.comparing(p -> p.settledAt)).toList();
    }

    private Status settle(SimulatedPayment p, Status outcome) {
        p.status = outcome;
        if (outcome == Status.SUCCEEDED) p.settledAt = clock.instant();
        return outcome;
    }

    private SimulatedPayment expireIfDue(SimulatedPayment p) {
        synchronized (this) {
            if ((p.status == Status.PENDING || p.status == Status.CHALLENGED) && clock.instant().isAfter(p.expiresAt)) {
                p.status = Status.EXPIRED;
            }
        }
        return p;
    }
}
