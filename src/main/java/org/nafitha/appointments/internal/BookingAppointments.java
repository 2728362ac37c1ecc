package org.nafitha.appointments.internal;

import java.time.Clock;

import org.nafitha.appointments.AppointmentsProperties;
import org.nafitha.country.Calendars;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import java.util.Objects;

/**
 * Books a seat. The calendar's rules are checked first ({@link BookingChecks}); then, in one transaction, the
 * appointment row (its unique active key refuses a second one for the same service) and the
 * conditional seat update (refused when the slot is full) — either both or neither.
 */
@Service
public class BookingAppointments {

    private final BookingChecks checks;
    private final Seating seating;
    private final Releases releases;
    private final ReleaseDraws draws;
    private final Appointments appointments;
    private final IdempotencyKeys keys;
    private final AppointmentsProperties properties;
    private final Calendars calendars;
    private final Clock clock;
    private final TransactionTemplate tx;

    BookingAppointments(BookingChecks checks, Seating seating, Releases releases, ReleaseDraws draws,
                        Appointments appointments, IdempotencyKeys keys, AppointmentsProperties properties,
                        Calendars calendars, Clock clock, PlatformTransactionManager transactions) {
        this.checks = checks;
        this.seating = seating;
        this.releases = releases;
        this.draws = draws;
        this.appointments = appointments;
        this.keys = keys;
        this.properties = properties;
        this.calendars = calendars;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    public BookingOutcome book(BookingRequest request) {
        if (request.idempotencyKey() != null) {
            var previous = keys.find(request.actor().username(), request.idempotencyKey());
            if (previous.isPresent()) return replay(previous.get(), request);
        }
        var now = clock.instant();
        var checked = checks.check(request);
        if (checked.refusal() != null) return new BookingOutcome.Refused(checked.refusal());
        var c = Objects.requireNonNull(checked.checked());
        var day = c.request().start().atZone(calendars.zone()).toLocalDate();
        var release = releases.find(c.office().id(), day).orElseThrow();
        if (release.inWindow(now)) return draws.enter(c, release);
        draws.ensureDrawn(c.office().id(), day);
        // Read as full: refuse without a transaction (a rush's latecomers then cost one read). A
        // slot read as free still has its seat decided by the conditional update below.
        if (c.slot().free() == 0) return new BookingOutcome.Refused(Refusal.FULL);
        for (int attempt = 1; ; attempt++) {
            try {
                var outcome = tx.execute(status -> {
                    var result = takeSeat(c);
                    if (!(result instanceof BookingOutcome.Booked)) status.setRollbackOnly();
                    return result;
                });
                if (outcome instanceof BookingOutcome.Refused r && r.reason() == Refusal.KEY_REUSED
                        && request.idempotencyKey() != null) {
                    return keys.find(request.actor().username(), request.idempotencyKey())
                            .map(p -> replay(p, request)).orElse(outcome);
                }
                return outcome;
            } catch (ConcurrencyFailureException e) {
                if (attempt == 5) throw e; // lock timeouts under load (H2): try again with fresh counts
            } catch (DataIntegrityViolationException e) {
                // the check constraint is the last guard against overbooking; the conditional update comes first
                return new BookingOutcome.Refused(Refusal.FULL);
            }
        }
    }

    /** Inside the transaction; the caller rolls back anything but a booking. */
    private BookingOutcome takeSeat(BookingChecks.Checked c) {
        var r = c.request();
        if (appointments.activeCount(c.person()) >= properties.maxActive()) return new BookingOutcome.Refused(Refusal.QUOTA);
        var outcome = seating.take(new Seating.Seat(c.person(), r.actor().username(), r.actor().primaryRole().name(),
                r.serviceCode(), c.office(), c.slot().id(), c.slot().startsAt(), c.minutes(), r.caseReference()));
        if (outcome instanceof BookingOutcome.Booked booked && r.idempotencyKey() != null
                && !keys.record(r.actor().username(), r.idempotencyKey(), IdempotencyKeys.hash(r),
                booked.appointment().id(), clock.instant())) {
            return new BookingOutcome.Refused(Refusal.KEY_REUSED);
        }
        return outcome;
    }

    private BookingOutcome replay(IdempotencyKeys.Previous previous, BookingRequest request) {
        if (!previous.requestHash().equals(IdempotencyKeys.hash(request))) return new BookingOutcome.Refused(Refusal.KEY_REUSED);
        return appointments.byId(previous.appointmentId())
                .<BookingOutcome>map(a -> new BookingOutcome.Booked(a, true))
                .orElse(new BookingOutcome.Refused(Refusal.NOT_FOUND));
    }
}
