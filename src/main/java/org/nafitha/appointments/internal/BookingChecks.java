package org.nafitha.appointments.internal;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseParties;
import org.nafitha.cases.CaseReference;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.country.ArabicDigits;
import org.nafitha.identity.MandateCheck;
import org.nafitha.identity.Mandates;
import org.springframework.stereotype.Component;

/**
 * A booking request checked before any seat is taken: the catalogue, the office, who it is for (a mandate),
 * the case it cites and the calendar's rules.
 */
@Component
class BookingChecks {

    private final Catalogue catalogue;
    private final Offices offices;
    private final Slots slots;
    private final BookingRules rules;
    private final Mandates mandates;
    private final CaseParties parties;
    private final Clock clock;

    BookingChecks(Catalogue catalogue, Offices offices, Slots slots, BookingRules rules, Mandates mandates,
                  CaseParties parties, Clock clock) {
        this.catalogue = catalogue;
        this.offices = offices;
        this.slots = slots;
        this.rules = rules;
        this.mandates = mandates;
        this.parties = parties;
        this.clock = clock;
    }

    /** A request checked against the catalogue, the office and the mandate, ready to take a seat. */
    record Checked(BookingRequest request, String person, Office office, int minutes, Slot slot) {
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
}
