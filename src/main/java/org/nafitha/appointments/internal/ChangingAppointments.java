package org.nafitha.appointments.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.nafitha.country.Calendars;
import org.nafitha.identity.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moving or cancelling an appointment, by the person or whoever booked it, until the cut-off; the change
 * is written and announced by {@link AppointmentChanges}.
 */
@Service
public class ChangingAppointments {

    private final Appointments appointments;
    private final Offices offices;
    private final Slots slots;
    private final Releases releases;
    private final ReleaseDraws draws;
    private final BookingRules rules;
    private final AppointmentChanges changes;
    private final Calendars calendars;
    private final Clock clock;
    private final TransactionTemplate tx;

    ChangingAppointments(Appointments appointments, Offices offices, Slots slots, Releases releases, ReleaseDraws draws,
                         BookingRules rules, AppointmentChanges changes, Calendars calendars, Clock clock,
                         PlatformTransactionManager transactions) {
        this.appointments = appointments;
        this.offices = offices;
        this.slots = slots;
        this.releases = releases;
        this.draws = draws;
        this.rules = rules;
        this.changes = changes;
        this.calendars = calendars;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /** The appointment if this actor may see and change it: the person it is for, or who booked it. */
    public Optional<Appointment> mine(Actor actor, String code) {
        return appointments.byCode(BookingCodes.normalise(code))
                .filter(a -> a.person().equals(actor.nationalId()) || a.bookedBy().equals(actor.username()));
    }

    /** @return empty when cancelled, else why not */
    public Optional<Refusal> cancel(Actor actor, String code) {
        var found = mine(actor, code);
        if (found.isEmpty()) return Optional.of(Refusal.NOT_FOUND);
        var a = found.get();
        if (a.status() != Appointment.Status.BOOKED) return Optional.of(Refusal.NOT_ACTIVE);
        if (rules.tooLate(a.startsAt(), clock.instant())) return Optional.of(Refusal.CUT_OFF);
        return Optional.ofNullable(tx.execute(status -> {
            var done = changes.cancel(a, clock.instant());
            if (!done) return Refusal.NOT_ACTIVE;
            slots.release(a.slotId());
            changes.announce(actor, a, a.startsAt(), true, "appointment.cancel");
            return null;
        }));
    }

    /** Moves to another start at the same office. @return empty when moved, else why not */
    public Optional<Refusal> reschedule(Actor actor, String code, Instant newStart) {
        var found = mine(actor, code);
        if (found.isEmpty()) return Optional.of(Refusal.NOT_FOUND);
        var a = found.get();
        if (a.status() != Appointment.Status.BOOKED) return Optional.of(Refusal.NOT_ACTIVE);
        var now = clock.instant();
        if (rules.tooLate(a.startsAt(), now)) return Optional.of(Refusal.CUT_OFF);
        var office = offices.find(a.officeId()).orElseThrow();
        var refusal = rules.check(office, newStart, now);
        if (refusal.isPresent()) return refusal;
        var day = newStart.atZone(calendars.zone()).toLocalDate();
        var slot = slots.at(office, newStart);
        if (slot.isEmpty()) return Optional.of(Refusal.CLOSED);
        if (releases.find(office.id(), day).map(r -> r.inWindow(now)).orElse(false)) return Optional.of(Refusal.NOT_OPEN_YET);
        draws.ensureDrawn(office.id(), day);
        if (slot.get().id() == a.slotId()) return Optional.empty();
        return Optional.ofNullable(tx.execute(status -> {
            if (!slots.take(slot.get().id())) {
                status.setRollbackOnly();
                return Refusal.FULL;
            }
            var moved = changes.move(a, slot.get().id(), newStart);
            if (!moved) {
                status.setRollbackOnly();
                return Refusal.NOT_ACTIVE;
            }
            slots.release(a.slotId());
            changes.announce(actor, a, newStart, false, "appointment.reschedule");
            return null;
        }));
    }
}
