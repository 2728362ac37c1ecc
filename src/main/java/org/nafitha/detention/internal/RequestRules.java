package org.nafitha.detention.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import org.nafitha.country.Calendars;
import org.nafitha.detention.DetentionError;
import org.nafitha.detention.LegalStatus;
import org.nafitha.detention.RequestType;
import org.nafitha.detention.Submission;
import org.springframework.stereotype.Component;

/**
 * The limits a complete request must keep, all of them data: visiting days and blackout days of the
 * facility, the detainee's monthly quota, the facility's monthly cap on deposits. No visit at all
 * while the investigation runs.
 */
@Component
class RequestRules {

    private final Facilities facilities;
    private final VisitAllowance allowance;
    private final DetentionRequests requests;
    private final Calendars calendars;
    private final Clock clock;

    RequestRules(Facilities facilities, VisitAllowance allowance, DetentionRequests requests, Calendars calendars,
                 Clock clock) {
        this.facilities = facilities;
        this.allowance = allowance;
        this.requests = requests;
        this.calendars = calendars;
        this.clock = clock;
    }

    Optional<DetentionError> check(Detainee d, Submission s) {
        var today = calendars.today(clock);
        return switch (s.type()) {
            case VISIT -> visit(d, s.visitOn(), today);
            case VIDEO_VISIT -> videoVisit(d, s.visitOn(), today);
            case TEMPORARY_RELEASE -> s.visitOn().isBefore(today) ? Optional.of(DetentionError.DATE_PASSED) : Optional.empty();
            case DEPOSIT -> deposit(d, s.amountMinor(), today);
            case ASSISTANCE -> Optional.empty();
        };
    }

    private Optional<DetentionError> visit(Detainee d, LocalDate day, LocalDate today) {
        var refused = videoVisit(d, day, today);
        if (refused.isPresent()) return refused;
        var facility = facilities.find(d.facility()).orElseThrow();
        if (!facility.visitDays().contains(day.getDayOfWeek())) return Optional.of(DetentionError.NOT_A_VISITING_DAY);
        if (facilities.isBlackout(d.facility(), day)) return Optional.of(DetentionError.BLACKOUT_DAY);
        if (allowance.left(d, YearMonth.from(day)) <= 0) return Optional.of(DetentionError.QUOTA_REACHED);
        return Optional.empty();
    }

    private Optional<DetentionError> videoVisit(Detainee d, LocalDate day, LocalDate today) {
        if (!day.isAfter(today)) return Optional.of(DetentionError.DATE_PASSED);
        if (d.legalStatus() == LegalStatus.UNDER_INVESTIGATION || d.legalStatus() == LegalStatus.RELEASED
                || !d.visitsAllowed()) {
            return Optional.of(DetentionError.VISITS_NOT_ALLOWED);
        }
        return Optional.empty();
    }

    private Optional<DetentionError> deposit(Detainee d, long amount, LocalDate today) {
        var cap = facilities.find(d.facility()).orElseThrow().depositCapMinor();
        var taken = requests.depositsIn(d.id(), YearMonth.from(today), calendars.zone());
        return taken + amount > cap ? Optional.of(DetentionError.DEPOSIT_CAP) : Optional.empty();
    }

}
