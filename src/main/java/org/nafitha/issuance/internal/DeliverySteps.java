package org.nafitha.issuance.internal;

import java.time.Clock;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nafitha.issuance.DeliveryStatus;
import org.nafitha.issuance.DeliveryStatusChanged;
import org.nafitha.issuance.IssuanceProperties;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * One step of a delivery, whoever takes it (a courier at the door, staff at the office counter):
 * a handover needs the recipient's code or an ID check, wrong codes are counted, every handover
 * and every refused one is audited, and the move is conditional on the version read.
 */
@Component
class DeliverySteps {

    private final Deliveries deliveries;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final IssuanceProperties properties;
    private final Clock clock;

    DeliverySteps(Deliveries deliveries, AuditTrail audit, ApplicationEventPublisher events, IssuanceProperties properties,
                  Clock clock) {
        this.deliveries = deliveries;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** The caller has checked that {@code actor} may move {@code delivery} to {@code next}. */
    Optional<Delivery.Refusal> take(Delivery delivery, DeliveryStatus next, String actor, String role,
                                    @Nullable String courier, @Nullable String code, boolean idChecked, @Nullable String note) {
        if (next == DeliveryStatus.DELIVERED) {
            var handover = delivery.refusalToHandOver(code, idChecked, properties.maxWrongCodes());
            if (handover != null) {
                if (handover == Delivery.Refusal.WRONG_CODE) deliveries.countWrongCode(delivery.id());
                audit.record(new AuditEntry(actor, role, "delivery.handover.refused", delivery.recipient(),
                        delivery.reference().value(), handover.name(), delivery.department()));
                return Optional.of(handover);
            }
            audit.record(new AuditEntry(actor, role, "delivery.handover", delivery.recipient(),
                    delivery.reference().value(), idChecked ? "id-check" : "one-time-code", delivery.department()));
        }
        var now = clock.instant();
        if (!deliveries.move(delivery, next, courier, now)) return Optional.of(Delivery.Refusal.NOT_ALLOWED_NOW);
        events.publishEvent(new DeliveryStatusChanged(delivery.id(), delivery.reference(), delivery.recipient(),
                delivery.status(), next, actor, note, now));
        return Optional.empty();
    }
}
