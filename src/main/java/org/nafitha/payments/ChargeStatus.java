package org.nafitha.payments;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a charge stands, and the only moves it may make (GOV.UK Pay's explicit transition table):
 * every change of a charge's status in the database is a conditional update from one of these
 * pairs, so a duplicated, late or out-of-order notification finds nothing left to change.
 * <pre>
 * CREATED ─▶ PENDING ─▶ PAID ─▶ REFUNDED
 *    │          ├─────▶ FAILED
 *    │          └─────▶ EXPIRED
 *    └─▶ PAID, FAILED, EXPIRED   (the gateway's answer to "start" was lost: its notification still counts)
 * </pre>
 */
public enum ChargeStatus {
    CREATED, PENDING, PAID, FAILED, EXPIRED, REFUNDED;

    private static final Map<ChargeStatus, Set<ChargeStatus>> NEXT = Map.of(
            CREATED, EnumSet.of(PENDING, PAID, FAILED, EXPIRED),
            PENDING, EnumSet.of(PAID, FAILED, EXPIRED),
            PAID, EnumSet.of(REFUNDED),
            FAILED, EnumSet.noneOf(ChargeStatus.class),
            EXPIRED, EnumSet.noneOf(ChargeStatus.class),
            REFUNDED, EnumSet.noneOf(ChargeStatus.class));

    public boolean canMoveTo(ChargeStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** The charge is finished with the gateway: no notification may change it, except a refund of a paid one. */
    public boolean settled() {
        return this != CREATED && this != PENDING;
    }

    /** States from which a move to {@code next} is allowed. */
    public static Set<ChargeStatus> from(ChargeStatus next) {
        var from = EnumSet.noneOf(ChargeStatus.class);
        NEXT.forEach((state, targets) -> {
            if (targets.contains(next)) from.add(state);
        });
        return from;
    }
}
