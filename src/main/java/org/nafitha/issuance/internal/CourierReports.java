package org.nafitha.issuance.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.issuance.DeliveryStatus;
import org.nafitha.issuance.DeliveryStatusChanged;
import org.nafitha.issuance.IssuanceProperties;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What couriers report about a delivery: picked up, out for delivery, delivered (with the
 * recipient's code or an ID check), failed attempt, returned. Every handover, and every refused
 * one, goes into the audit trail.
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
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final IssuanceProperties properties;
    private final Clock clock;

    CourierReports(Deliveries deliveries, AuditTrail audit, ApplicationEventPublisher events,
                   IssuanceProperties properties, Clock clock) {
        this.deliveries = deliveries;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return why not, or empty when the delivery moved; an unknown delivery is {@code NOT_YOUR_DELIVERY} */
    @Transactional
    public Optional<Delivery.Refusal> report(String courier, UUID id, Report report) {
        var next = EVENTS.get(report.event());
        var found = deliveries.find(id);
        if (found.isEmpty()) return Optional.of(Delivery.Refusal.NOT_YOUR_DELIVERY);
        var delivery = found.get();
        if (next == null) return Optional.of(Delivery.Refusal.NOT_ALLOWED_NOW);
        var refusal = delivery.refusalToMove(next, courier);
        if (refusal != null) return Optional.of(refusal);
        if (next == DeliveryStatus.DELIVERED) {
            var handover = delivery.refusalToHandOver(report.code(), report.idCheckedByCourier(), properties.maxWrongCodes());
            if (handover != null) {
                if (handover == Delivery.Refusal.WRONG_CODE) deliveries.countWrongCode(id);
                audit.record(new AuditEntry(courier, "COURIER", "delivery.handover.refused", delivery.recipient(),
                        delivery.reference().value(), handover.name(), delivery.department()));
                return Optional.of(handover);
            }
            audit.record(new AuditEntry(courier, "COURIER", "delivery.handover", delivery.recipient(),
                    delivery.reference().value(), report.idCheckedByCourier() ? "id-check" : "one-time-code", delivery.department()));
        }
        var now = clock.instant();
        if (!deliveries.move(delivery, next, courier, now)) return Optional.of(Delivery.Refusal.NOT_ALLOWED_NOW);
        events.publishEvent(new DeliveryStatusChanged(id, delivery.reference(), delivery.recipient(), delivery.status(),
                next, courier, report.note(), now));
        return Optional.empty();
    }
}
