package org.nafitha.appointments.internal;

import java.time.Clock;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nafitha.appointments.AppointmentsProperties;
import org.nafitha.cases.CaseParties;
import org.nafitha.cases.CaseReference;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.country.Calendars;
import org.nafitha.identity.MandateCheck;
import org.nafitha.identity.Mandates;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import java.util.Objects;
import org.nafitha.country.ArabicDigits;

/**
 * Books a seat. The calendar's rules are checked first; then, in one transaction, the
 * appointment row (its unique active key refuses a second one for the same service) and the
 * conditional seat update (refused when the slot is full) — either both or neither.
 */
@Service
public class BookingAppointments {

    private final Catalogue catalogue;
    private final Offices offices;
    private final Slots slots;
    private final Seating seating;
    private final Releases releases;
    private final BookingRules rules;
    private final ReleaseDraws draws;
    private final Appointments appointments;
    private final IdempotencyKeys keys;
    private final Mandates mandates;
    private final CaseParties parties;
    private final AppointmentsProperties properties;
    private final Calendars calendars;
    private final Clock clock;
    private final TransactionTemplate tx;

    BookingAppointments(Catalogue catalogue, Offices offices, Slots slots, Seating seating, Releases releases,
                        BookingRules rules, ReleaseDraws draws, Appointments appointments, IdempotencyKeys keys,
                        Mandates mandates, CaseParties parties, AppointmentsProperties properties,
                        Calendars calendars, Clock clock, PlatformTransactionManager transactions) {
        this.catalogue = catalogue;
        this.offices = offices;
        this.slots = slots;
        this.seating = seating;
        this.releases = releases;
        this.rules = rules;
        this.draws = draws;
        this.appointments = appointments;
        this.keys = keys;
        this.mandates = mandates;
        this.parties = parties;
        this.properties = properties;
        this.calendars = calendars;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /** A request checked against the catalogue, the office and the mandate, ready to take a seat. */
    record Checked(BookingRequest request, String person, Office office, int minutes, Slot slot) {
    }

    public BookingOutcome book(BookingRequest request) {
        if (request.idempotencyKey() != null) {
            var previous = keys.find(request.actor().username(), request.idempotencyKey());
            if (previous.isPresent()) return replay(previous.get(), request);
        }
        var now = clock.instant();
        var checked = check(request);
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

    /** Either a request ready to take a seat or the reason it cannot. */
    record CheckResult(@Nullable Checked checked, @Nullable Refusal refusal) {
    }

    /** The checks that need no seat: catalogue, office, mandate, case reference and calendar. */
    CheckResult check(BookingRequest r) {
        var refusal = refusal(r);
        if (refusal.isPresent()) return new CheckResult(null, refusal.get());
        var office = offices.find(r.officeId()).orElseThrow();
        var slot = slots.at(office, r.start());
        if (slot.isEmpty()) return new CheckResult(null, Refusal.CLOSED);
        return new CheckResult(new Checked(r, person(r), office, offices.minutes(r.serviceCode(), office).orElseThrow(),
                slot.get()), null);
    }

    private Optional<Refusal> refusal(BookingRequest r) {
        var service = catalogue.find(r.serviceCode());
        if (service.isEmpty()) return Optional.of(Refusal.UNKNOWN_SERVICE);
        if (!service.get().appointment()) return Optional.of(Refusal.NOT_BY_APPOINTMENT);
        var office = offices.find(r.officeId());
        if (office.isEmpty()) return Optional.of(Refusal.UNKNOWN_OFFICE);
        if (offices.minutes(r.serviceCode(), office.get()).isEmpty()) return Optional.of(Refusal.NOT_OFFERED_HERE);
        if (r.actor().nationalId() == null) return Optional.of(Refusal.NOT_AN_APPLICANT);
        if (r.caseReference() != null) {
            var cited = CaseReference.parse(r.caseReference());
            if (cited.isEmpty()) return Optional.of(Refusal.INVALID_CASE_REFERENCE);
            if (!parties.mayCite(r.actor(), cited.get())) return Optional.of(Refusal.CASE_NOT_CITABLE);
        }
        if (!person(r).equals(r.actor().nationalId())
                && !(mandates.check(r.actor(), person(r), r.serviceCode()) instanceof MandateCheck.Granted)) {
            return Optional.of(Refusal.NO_MANDATE);
        }
        return rules.check(office.get(), r.start(), clock.instant());
    }

    static String person(BookingRequest r) {
        return r.forPerson() == null || r.forPerson().isBlank() ? Objects.requireNonNull(r.actor().nationalId())
                : ArabicDigits.digitsOnly(r.forPerson());
    }

    /** Inside the transaction; the caller rolls back anything but a booking. */
    private BookingOutcome takeSeat(Checked c) {
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
