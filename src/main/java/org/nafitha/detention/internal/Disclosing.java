package org.nafitha.detention.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import org.nafitha.country.Calendars;
import org.nafitha.detention.DetaineeField;
import org.nafitha.detention.LegalStatus;
import org.nafitha.detention.Visibility;
import org.springframework.stereotype.Service;

/** Builds a follower's view of a detainee from the visibility table; nothing else decides what is shown. */
@Service
public class Disclosing {

    private final Visibility visibility;
    private final Facilities facilities;
    private final CourtSessions sessions;
    private final DetaineeContacts contacts;
    private final VisitAllowance allowance;
    private final Clock clock;
    private final Calendars calendars;

    Disclosing(Visibility visibility, Facilities facilities, CourtSessions sessions, DetaineeContacts contacts,
               VisitAllowance allowance, Clock clock, Calendars calendars) {
        this.visibility = visibility;
        this.facilities = facilities;
        this.sessions = sessions;
        this.contacts = contacts;
        this.allowance = allowance;
        this.clock = clock;
        this.calendars = calendars;
    }

    public DetaineeFile fileFor(Followed f) {
        var d = f.detainee();
        var fields = visibility.fields(d.legalStatus(), f.relation(), d.healthConsent());
        var trial = fields.contains(DetaineeField.COURT_SESSIONS) ? sessions.of(d.id()) : null;
        var now = clock.instant();
        var next = trial == null ? null : trial.stream().filter(s -> s.heldAt().isAfter(now)).findFirst().orElse(null);
        return new DetaineeFile(d, f.relation(), fields, d.legalStatus() != LegalStatus.RELEASED,
                fields.contains(DetaineeField.FACILITY) ? facilities.find(d.facility()).orElse(null) : null,
                fields.contains(DetaineeField.LEGAL_STATUS) ? d.legalStatus() : null,
                trial == null ? null : trial.stream().filter(s -> !s.heldAt().isAfter(now)).toList(), next,
                fields.contains(DetaineeField.SENTENCE) && d.expectedRelease() != null
                        ? new DetaineeFile.Sentence(d.sentenceAr(), d.sentenceEn(), d.expectedRelease()) : null,
                fields.contains(DetaineeField.VISITS)
                        ? allowance.left(d, YearMonth.from(calendars.today(clock))) : null,
                fields.contains(DetaineeField.CONTACTS) ? approved(d) : null,
                fields.contains(DetaineeField.HEALTH) ? new DetaineeFile.Health(d.healthAr(), d.healthEn()) : null);
    }

    private List<Contact> approved(Detainee d) {
        return contacts.of(d.id()).stream().filter(c -> c.status() == Contact.Status.APPROVED).toList();
    }
}
