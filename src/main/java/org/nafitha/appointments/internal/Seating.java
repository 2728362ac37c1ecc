package org.nafitha.appointments.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.appointments.AppointmentBooked;
import org.nafitha.analytics.CaseHandledAtOffice;
import org.nafitha.cases.CaseReference;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes one seat for one person inside the caller's transaction: the appointment row first (its
 * unique active key refuses a second one for the same service), then the conditional seat update.
 * On a refusal the caller rolls back, so a refused request leaves nothing behind.
 */
@Component
class Seating {

    private final Appointments appointments;
    private final Slots slots;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Seating(Appointments appointments, Slots slots, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.appointments = appointments;
        this.slots = slots;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    record Seat(String person, String bookedBy, String role, String serviceCode, Office office, long slotId,
                Instant startsAt, int minutes, @Nullable String caseReference) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public BookingOutcome take(Seat seat) {
        var ref = seat.caseReference() == null ? null
                : CaseReference.parse(seat.caseReference()).map(CaseReference::value).orElse(null);
        var a = new Appointment(UUID.randomUUID(), BookingCodes.next(), seat.person(), seat.bookedBy(), seat.serviceCode(),
                seat.office().id(), seat.slotId(), seat.startsAt(), seat.minutes(), ref, Appointment.Status.BOOKED,
                clock.instant(), null, null, null, null, null);
        if (!appointments.insert(a)) return new BookingOutcome.Refused(Refusal.ALREADY_BOOKED);
        if (!slots.take(seat.slotId())) {
            appointments.delete(a.id()); // callers that do not roll back (the draw) keep nothing either
            return new BookingOutcome.Refused(Refusal.FULL);
        }
        audit.record(new AuditEntry(seat.bookedBy(), seat.role(), "appointment.book", a.person(), a.caseReference(),
                a.code() + " " + seat.office().id() + " " + a.startsAt()));
        events.publishEvent(new AppointmentBooked(a.code(), a.person(), a.serviceCode(), a.reference(), a.caseReference(),
                seat.office().place(), a.startsAt(), clock.instant()));
        // the case is handled at this office now: its figures are counted under it
        if (ref != null) events.publishEvent(new CaseHandledAtOffice(CaseReference.parse(ref).orElseThrow(),
                seat.office().id(), clock.instant()));
        return new BookingOutcome.Booked(a, false);
    }
}
