package org.nafitha.issuance.internal;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.issuance.DeliveryStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pickup at the office the applicant chose: the issuing department's staff mark the document
 * ready (the applicant gets the handover code by SMS) and hand it over at the counter against the
 * code or an ID check, audited as a courier's handover is.
 */
@Service
public class OfficePickups {

    private final Deliveries deliveries;
    private final DeliverySteps steps;

    OfficePickups(Deliveries deliveries, DeliverySteps steps) {
        this.deliveries = deliveries;
        this.steps = steps;
    }

    @Transactional
    public Optional<Delivery.Refusal> ready(Actor staff, UUID id) {
        return step(staff, id, DeliveryStatus.READY_FOR_PICKUP, null, false);
    }

    @Transactional
    public Optional<Delivery.Refusal> handOver(Actor staff, UUID id, @Nullable String code, boolean idChecked) {
        return step(staff, id, DeliveryStatus.DELIVERED, code, idChecked);
    }

    private Optional<Delivery.Refusal> step(Actor staff, UUID id, DeliveryStatus next, @Nullable String code, boolean idChecked) {
        var found = deliveries.find(id).filter(d -> d.department().equals(staff.department()));
        var counterStaff = staff.has(Role.OFFICER) || staff.has(Role.HEAD) || staff.has(Role.RECEPTION);
        if (found.isEmpty() || !counterStaff) return Optional.of(Delivery.Refusal.NOT_YOUR_DELIVERY);
        var delivery = found.get();
        if (delivery.method() != Delivery.Method.PICKUP) return Optional.of(Delivery.Refusal.NOT_ALLOWED_NOW);
        var refusal = delivery.refusalToMove(next, staff.username());
        if (refusal != null) return Optional.of(refusal);
        return steps.take(delivery, next, staff.username(), staff.primaryRole().name(), null, code, idChecked, null);
    }
}
