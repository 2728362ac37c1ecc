package org.nafitha.appointments.internal.officials;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.nafitha.appointments.OfficialsProperties;
import org.nafitha.cases.CaseParties;
import org.nafitha.cases.CaseReference;
import org.nafitha.identity.AccessibilityNeeds;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asking to meet an official: the request checked (subject, cited case, mode, interpreter), one per form
 * sent, at most so many open at once, and audited.
 */
@Service
public class AskingOfficials {

    public sealed interface Outcome {
        record Sent(MeetingRequest request) implements Outcome {
        }

        /** Field → message key. */
        record Invalid(Map<String, String> errors) implements Outcome {
        }
    }

    private final Officials officials;
    private final AccessibilityNeeds needs;
    private final CaseParties parties;
    private final AuditTrail audit;
    private final OfficialsProperties properties;
    private final Clock clock;

    AskingOfficials(Officials officials, AccessibilityNeeds needs, CaseParties parties, AuditTrail audit,
                    OfficialsProperties properties, Clock clock) {
        this.officials = officials;
        this.needs = needs;
        this.parties = parties;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public Outcome request(Actor actor, MeetingRequestForm form) {
        var person = actor.nationalId();
        if (person == null || actor.isStaff()) throw new IllegalArgumentException("only a person asks to meet an official");
        var errors = new LinkedHashMap<String, String>();
        var official = officials.find(form.officialId());
        if (official.isEmpty()) errors.put("official", "appointments.officials.error.official");
        var subject = form.subject().strip();
        if (subject.isEmpty()) errors.put("subject", "appointments.officials.error.subjectMissing");
        else if (subject.length() > properties.subjectLength()) errors.put("subject", "appointments.officials.error.subjectTooLong");
        String reference = null;
        if (!form.caseReference().isBlank()) {
            var parsed = CaseReference.parse(form.caseReference());
            if (parsed.isEmpty()) errors.put("caseReference", "appointments.officials.error.caseInvalid");
            else if (!parties.mayCite(actor, parsed.get())) errors.put("caseReference", "appointments.officials.error.caseNotYours");
            else reference = parsed.get().value();
        }
        MeetingRequest.Mode mode;
        try {
            mode = MeetingRequest.Mode.valueOf(form.mode());
        } catch (IllegalArgumentException e) {
            mode = MeetingRequest.Mode.IN_PERSON;
            errors.put("mode", "appointments.officials.error.mode");
        }
        var note = form.interpreterNote().strip();
        if (note.length() > MeetingRequestForm.INTERPRETER_NOTE_LENGTH) errors.put("interpreterNote", "appointments.officials.error.interpreterNoteTooLong");
        if (!form.submitKey().matches("[A-Za-z0-9-]{8,64}")) errors.put("subject", "appointments.officials.error.form");
        if (!errors.isEmpty()) return new Outcome.Invalid(errors);
        var earlier = officials.bySubmitKey(person, form.submitKey());
        if (earlier.isPresent()) return new Outcome.Sent(earlier.get());
        if (officials.openCount(person) >= properties.maxOpen()) {
            return new Outcome.Invalid(Map.of("official", "appointments.officials.error.tooManyOpen"));
        }
        // an interpreter joins a video call; at an office in person, the office's own interpreters serve
        var interpreter = mode == MeetingRequest.Mode.VIDEO
                && (form.interpreter() != null ? form.interpreter() : signs(person));
        var request = new MeetingRequest(UUID.randomUUID(), form.officialId(), person, actor.username(), subject,
                reference, mode, MeetingRequest.Status.OPEN, null, null, null, clock.instant(), null, interpreter,
                interpreter && !note.isEmpty() ? note : null);
        if (!officials.insert(request, form.submitKey())) {
            // the same form was sent twice at once: the first one stands
            return new Outcome.Sent(officials.bySubmitKey(person, form.submitKey()).orElseThrow());
        }
        audit.record(new AuditEntry(actor.username(), Role.APPLICANT.name(), "official.request.sent", person,
                reference, form.officialId()));
        return new Outcome.Sent(request);
    }

    /** Whether the person recorded that they need a sign-language interpreter: the form's preset. */
    public boolean signs(String person) {
        return needs.of(person).stream().anyMatch(n -> n.need() == AccessibilityNeeds.Need.SIGN_LANGUAGE);
    }
}
