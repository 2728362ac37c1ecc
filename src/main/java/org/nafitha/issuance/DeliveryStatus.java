package org.nafitha.issuance;

import java.util.Map;
import java.util.Set;

/**
 * Where a physical document is on its way to the applicant, and the only moves allowed:
 * prepared → handed to courier → out for delivery → delivered, or failed attempt → out again or
 * returned; for pickup, prepared → ready at the office → delivered.
 */
public enum DeliveryStatus {
    PREPARED, HANDED_TO_COURIER, OUT_FOR_DELIVERY, FAILED_ATTEMPT, RETURNED, READY_FOR_PICKUP, DELIVERED;

    private static final Map<DeliveryStatus, Set<DeliveryStatus>> NEXT = Map.of(
            PREPARED, Set.of(HANDED_TO_COURIER, READY_FOR_PICKUP),
            HANDED_TO_COURIER, Set.of(OUT_FOR_DELIVERY),
            OUT_FOR_DELIVERY, Set.of(DELIVERED, FAILED_ATTEMPT),
            FAILED_ATTEMPT, Set.of(OUT_FOR_DELIVERY, RETURNED),
            READY_FOR_PICKUP, Set.of(DELIVERED),
            RETURNED, Set.of(),
            DELIVERED, Set.of());

    public boolean canMoveTo(DeliveryStatus next) {
        return NEXT.get(this).contains(next);
    }

    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }
}
