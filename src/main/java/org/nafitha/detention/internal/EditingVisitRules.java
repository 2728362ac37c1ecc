package org.nafitha.detention.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.nafitha.detention.DetentionError;
import org.nafitha.identity.Actor;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff of a facility edit its visit rules, which are data: blackout days and each detainee's monthly quota. Audited. */
@Service
public class EditingVisitRules {

    /** A detainee's visits per month stay within a month's days. */
    private static final int MOST_VISITS = 31;

    private final Facilities facilities;
    private final Detainees detainees;
    private final AuditTrail audit;

    EditingVisitRules(Facilities facilities, Detainees detainees, AuditTrail audit) {
        this.facilities = facilities;
        this.detainees = detainees;
        this.audit = audit;
    }

    @Transactional
    public void closeDay(Actor staff, LocalDate day, String reason) {
        var facility = String.valueOf(staff.department());
        facilities.addBlackout(facility, day, reason, reason);
        audit.record(new AuditEntry(staff.username(), staff.primaryRole().name(), "detention.visits.blackout", null,
                null, facility + " " + day + ": " + reason, staff.department()));
    }

    @Transactional
    public Optional<DetentionError> setMonthlyVisits(Actor staff, UUID detainee, int visits) {
        var d = detainees.find(detainee).filter(x -> x.facility().equals(staff.department())).orElse(null);
        if (d == null) return Optional.of(DetentionError.NOT_FOUND);
        if (visits < 0 || visits > MOST_VISITS) return Optional.of(DetentionError.BAD_AMOUNT);
        detainees.setMonthlyVisits(detainee, visits);
        audit.record(new AuditEntry(staff.username(), staff.primaryRole().name(), "detention.visits.quota",
                d.nationalId().value(), d.fileNumber(), d.monthlyVisits() + " -> " + visits, staff.department()));
        return Optional.empty();
    }
}
