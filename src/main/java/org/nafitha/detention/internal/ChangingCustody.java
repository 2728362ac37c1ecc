package org.nafitha.detention.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.detention.DetaineeField;
import org.nafitha.detention.DetaineeStatusChanged;
import org.nafitha.detention.DetentionError;
import org.nafitha.detention.LegalStatus;
import org.nafitha.detention.Visibility;
import org.nafitha.identity.Actor;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff of the facility change a detainee's legal status or add a court session. Each change is
 * audited, and each follower allowed to see it under the new status is texted.
 */
@Service
public class ChangingCustody {

    private final Detainees detainees;
    private final CourtSessions sessions;
    private final DetaineeContacts contacts;
    private final Following following;
    private final Visibility visibility;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChangingCustody(Detainees detainees, CourtSessions sessions, DetaineeContacts contacts, Following following,
                    Visibility visibility, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.detainees = detainees;
        this.sessions = sessions;
        this.contacts = contacts;
        this.following = following;
        this.visibility = visibility;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Optional<DetentionError> changeStatus(Actor staff, UUID id, LegalStatus status) {
        var d = detainees.find(id).filter(x -> x.facility().equals(staff.department())).orElse(null);
        if (d == null) return Optional.of(DetentionError.NOT_FOUND);
        if (!detainees.changeStatus(d, status)) return Optional.of(DetentionError.ALREADY_DECIDED);
        audit.record(new AuditEntry(staff.username(), staff.primaryRole().name(), "detention.status.change",
                d.nationalId().value(), d.fileNumber(), d.legalStatus() + " -> " + status, staff.department()));
        tell(detainees.find(id).orElseThrow(), DetaineeField.LEGAL_STATUS);
        return Optional.empty();
    }

    @Transactional
    public Optional<DetentionError> addSession(Actor staff, UUID id, Instant at, String courtAr, String courtEn,
                                               @Nullable String outcomeAr, @Nullable String outcomeEn) {
        var d = detainees.find(id).filter(x -> x.facility().equals(staff.department())).orElse(null);
        if (d == null) return Optional.of(DetentionError.NOT_FOUND);
        sessions.add(id, at, courtAr, courtEn, outcomeAr, outcomeEn);
        audit.record(new AuditEntry(staff.username(), staff.primaryRole().name(), "detention.court-session.add",
                d.nationalId().value(), d.fileNumber(), at.toString(), staff.department()));
        tell(d, DetaineeField.COURT_SESSIONS);
        return Optional.empty();
    }

    private void tell(Detainee d, DetaineeField field) {
        var now = clock.instant();
        for (var c : contacts.of(d.id())) {
            following.follow(c.person(), d.id())
                    .filter(f -> visibility.sees(d.legalStatus(), f.relation(), d.healthConsent(), field)
                            && visibility.sees(d.legalStatus(), f.relation(), d.healthConsent(), DetaineeField.LEGAL_STATUS))
                    .ifPresent(f -> events.publishEvent(new DetaineeStatusChanged(d.fileNumber(), c.person(),
                            d.legalStatus(), d.nameAr(), d.nameEn(), now)));
        }
    }
}
