package org.nafitha.payments.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.Luhn;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import java.util.Comparator;
import java.util.UUID;

/**
 * The simulated acquirer's own books, in memory (it is another company's system, not our data).
 * Test cards decide the outcome, as acquirers' sandboxes do.
 */
@Component
@ConditionalOnProperty(prefix = "nafitha.payments", name = "simulator", havingValue = "true")
class SimulatedAcquirer {

    static final String SUCCESS = "4111111111111111";
    static final String DECLINE = "4000000000000002";
    static final String CHALLENGE = "4000000000003220";
    static final String LOST_NOTIFICATION = "4000000000000077";
    static final String DUPLICATED_NOTIFICATION = "4000000000000044";
    static final String THREE_D_SECURE_CODE = "123456";

    enum Status { PENDING, CHALLENGED, SUCCEEDED, DECLINED, EXPIRED }

    /** How the notification of an outcome travels: once, never, or repeated and sent again under another ID. */
    enum Delivery { ONCE, LOST, TWICE }

    static final class Payment {
        final String id;
        final String merchantReference;
        final long amountMinor;
        final String currency;
        final String method;
        final String returnUrl;
        final String notifyUrl;
        final Instant expiresAt;
        final @Nullable String billNumber;
        volatile Status status = Status.PENDING;
        volatile @Nullable Instant settledAt;
        final Map<String, Refunded> refunds = new ConcurrentHashMap<>();

        Payment(String id, String merchantReference, long amountMinor, String currency, String method,
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
    }

    /** Money paid back on a payment, by the merchant's refund ID (a retried refund is the same one). */
    record Refunded(String refundId, long amountMinor, Instant at) {
    }

    private final Map<String, Payment> byId = new ConcurrentHashMap<>();
    private final Map<String, Payment> byReference = new ConcurrentHashMap<>();
    private final Map<String, Payment> byBill = new ConcurrentHashMap<>();
    private final Clock clock;

    SimulatedAcquirer(Clock clock) {
        this.clock = clock;
    }

    /** A merchant's retried start with the same reference gets the same payment. */
    Payment create(String merchantReference, long amountMinor, String currency, String method, String returnUrl,
                   String notifyUrl, Instant expiresAt) {
        return byReference.computeIfAbsent(merchantReference, ref -> {
            var bill = "BILL".equals(method) ? String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L)) : null;
            var p = new Payment("sim_" + UUID.randomUUID().toString().replace("-", ""), ref, amountMinor,
                    currency, method, returnUrl, notifyUrl, expiresAt, bill);
            byId.put(p.id, p);
            if (bill != null) byBill.put(bill, p);
            return p;
        });
    }

    Optional<Payment> find(String id) {
        return Optional.ofNullable(byId.get(id)).map(this::expireIfDue);
    }

    Optional<Payment> byReference(String merchantReference) {
        return Optional.ofNullable(byReference.get(merchantReference)).map(this::expireIfDue);
    }

    Optional<Payment> byBill(String billNumber) {
        return Optional.ofNullable(byBill.get(billNumber)).map(this::expireIfDue);
    }

    /** The card page's outcome; a 3-D Secure card is challenged first. Only a pending payment is paid. */
    synchronized Status payByCard(Payment p, String cardNumber) {
        if (p.status != Status.PENDING) return p.status;
        var card = cardNumber.replaceAll("[\\s-]", "");
        if (card.equals(CHALLENGE)) return p.status = Status.CHALLENGED;
        return settle(p, card.equals(DECLINE) || !luhn(card) ? Status.DECLINED : Status.SUCCEEDED);
    }

    synchronized Status answerChallenge(Payment p, String code) {
        if (p.status != Status.CHALLENGED) return p.status;
        return settle(p, THREE_D_SECURE_CODE.equals(code.strip()) ? Status.SUCCEEDED : Status.DECLINED);
    }

    synchronized Status payBill(Payment p) {
        if (p.status != Status.PENDING) return p.status;
        return settle(p, Status.SUCCEEDED);
    }

    /** Refuses (false) a refund of an unpaid payment or above what is left of it. */
    synchronized boolean refund(Payment p, String refundId, long amountMinor) {
        if (p.refunds.containsKey(refundId)) return true;
        var refunded = p.refunds.values().stream().mapToLong(Refunded::amountMinor).sum();
        if (p.status != Status.SUCCEEDED || amountMinor <= 0 || refunded + amountMinor > p.amountMinor) return false;
        p.refunds.put(refundId, new Refunded(refundId, amountMinor, clock.instant()));
        return true;
    }

    List<Payment> all() {
        return List.copyOf(byId.values());
    }

    static Delivery delivery(String cardNumber) {
        var card = cardNumber.replaceAll("[\\s-]", "");
        return card.equals(LOST_NOTIFICATION) ? Delivery.LOST
                : card.equals(DUPLICATED_NOTIFICATION) ? Delivery.TWICE : Delivery.ONCE;
    }

    /** Succeeded payments settled in [from, to): the lines of a settlement file. */
    List<Payment> settledBetween(Instant from, Instant to) {
        return byId.values().stream().filter(p -> p.status == Status.SUCCEEDED && p.settledAt != null
                        && !p.settledAt.isBefore(from) && p.settledAt.isBefore(to))
                .sorted(Comparator.comparing(p -> p.settledAt)).toList();
    }

    private Status settle(Payment p, Status outcome) {
        p.status = outcome;
        if (outcome == Status.SUCCEEDED) p.settledAt = clock.instant();
        return outcome;
    }

    private Payment expireIfDue(Payment p) {
        synchronized (this) {
            if ((p.status == Status.PENDING || p.status == Status.CHALLENGED) && clock.instant().isAfter(p.expiresAt)) {
                p.status = Status.EXPIRED;
            }
        }
        return p;
    }

    private static boolean luhn(String digits) {
        return digits.matches("\\d{12,19}") && Luhn.valid(digits);
    }
}
