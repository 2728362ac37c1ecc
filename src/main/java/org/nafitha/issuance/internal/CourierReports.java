package org.nafitha.issuance.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.issuance.DeliveryStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What couriers report about a home delivery: picked up, out for delivery, delivered (with the
 * recipient's code or an ID check), failed attempt, returned.
 */
@Service
public class CourierReports {

    public static final Map<String, DeliveryStatus> EVENTS = Map.of(
            "picked-up", DeliveryStatus.HANDED_TO_COURIER,
            "out-for-delivery", DeliveryStatus.OUT_FOR_DELIVERY,
            "delivered", DeliveryStatus.DELIVERED,
            "failed", DeliveryStatus.FAILED_ATTEMPT,
            "returned", DeliveryStatus.RETURNED);

    public record Report(@Nullable String event, @Nullable String code, @Nullable Boolean idChecked, @Nullable String note) {

        boolean idCheckedByCourier() {
            return Boolean.TRUE.equals(idChecked);
        }
    }

    private final Deliveries deliveries;
    private final DeliverySteps steps;

    CourierReports(Deliveries deliveries, DeliverySteps steps) {
        this.deliveries = deliveries;
        this.steps = steps;
    }

    /** @return why not, or empty when the delivery moved; an unknown delivery is {@code NOT_YOUR_DELIVERY} */
    @Transactional
    public Optional<Delivery.Refusal> report(String courier, UUID id, Report report) {
        var found = deliveries.find(id);
        if (found.isEmpty()) return Optional.of(Delivery.Refusal.NOT_YOUR_DELIVERY);
        var delivery = found.get();
        var next = EVENTS.get(report.event());
        if (next == null || delivery.method() != Delivery.Method.HOME) return Optional.of(Delivery.Refusal.NOT_ALLOWED_NOW);
        var refusal = delivery.refusalToMove(next, courier);
        if (refusal != null) return Optional.of(refusal);
        return steps.take(delivery, next, courier, "COURIER", courier, report.code(), report.idCheckedByCourier(), report.note());
    }
}
