package org.nafitha.appointments.internal;

import java.time.Clock;
import java.util.Optional;

import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The office head sets how many counters serve each slot; every change is in the audit trail. */
@Service
public class OfficeCapacity {

    public static final int MAX_COUNTERS = 200;

    private final Offices offices;
    private final Slots slots;
    private final AuditTrail audit;
    private final Clock clock;

    OfficeCapacity(Offices offices, Slots slots, AuditTrail audit, Clock clock) {
        this.offices = offices;
        this.slots = slots;
        this.audit = audit;
        this.clock = clock;
    }

    /** The head of the office's department, or an administrator. */
    public static boolean mayChange(Actor actor, Office office) {
        return actor.has(Role.ADMIN) || actor.has(Role.HEAD) && office.department().equals(actor.department());
    }

    /** @return empty when changed, else why not */
    @Transactional
    public Optional<Refusal> setCounters(Actor actor, String officeId, int counters) {
        var office = offices.find(officeId);
        if (office.isEmpty()) return Optional.of(Refusal.UNKNOWN_OFFICE);
        if (!mayChange(actor, office.get())) return Optional.of(Refusal.NOT_FOUND);
        if (counters < 1 || counters > MAX_COUNTERS) return Optional.of(Refusal.INVALID_START);
        offices.setCounters(officeId, counters);
        var slotsChanged = slots.setCapacity(officeId, counters, clock.instant());
        audit.record(new AuditEntry(actor.username(), actor.primaryRole().name(), "appointment.capacity", null, null,
                officeId + " counters " + office.get().counters() + " -> " + counters + " (" + slotsChanged + " slots)",
                actor.department()));
        return Optional.empty();
    }
}
