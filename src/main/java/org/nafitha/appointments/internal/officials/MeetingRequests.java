package org.nafitha.appointments.internal.officials;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.appointments.OfficialMeetingAccepted;
import org.nafitha.appointments.OfficialsProperties;
import org.nafitha.cases.CaseParties;
import org.nafitha.cases.CaseReference;
import org.nafitha.identity.AccessibilityNeeds;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Asking to meet an official, and the office's triage: accept into one of the official's free
 * slots, decline with a reason the person sees, or refer to a department. Every step and every
 * staff read of a request is in the audit trail.
 */
@Service
public class MeetingRequests {

    /**
     * What was posted on the request form; {@code submitKey} is the form's one-time token. {@code interpreter}:
     * a sign-language interpreter in a video meeting, asked or not; when not said at all (an API client that
     * does not know of it) it is what the person's recorded accessibility needs say.
     */
    public record Form(String officialId, String subject, String caseReference, String mode, String submitKey,
                       @Nullable Boolean interpreter, String interpreterNote) {

        public Form(String officialId, String subject, String caseReference, String mode, String submitKey) {
            this(officialId, subject, caseReference, mode, submitKey, null, "");
        }
    }

    /** Longest note the person writes about the interpreting they need. */
    public static final int INTERPRETER_NOTE_LENGTH = 300;

    public sealed interface Outcome {
        record Sent(MeetingRequest request) implements Outcome {
        }

        /** Field → message key. */
        record Invalid(Map<String, String> errors) implements Outcome {
        }
    }

    public enum Decision { ACCEPTED, NOT_OPEN, SLOT_TAKEN, REASON_MISSING, REASON_TOO_LONG, UNKNOWN_DEPARTMENT }

    private final Officials officials;
    private final AccessibilityNeeds needs;
    private final CaseParties parties;
    private final AuditTrail audit;
    private final OfficialsProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingRequests(Officials officials, AccessibilityNeeds needs, CaseParties parties, AuditTrail audit,
                    OfficialsProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.officials = officials;
        this.needs = needs;
        this.parties = parties;
        this.audit = audit;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Outcome request(Actor actor, Form form) {
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
        if (note.length() > INTERPRETER_NOTE_LENGTH) errors.put("interpreterNote", "appointments.officials.error.interpreterNoteTooLong");
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

    /** The request if the actor may triage it: OFFICIAL staff of the official's office. */
    public Optional<MeetingRequest> forOffice(UUID id, Actor actor) {
        return officials.request(id).filter(r -> mayTriage(actor, r.officialId()));
    }

    public boolean mayTriage(Actor actor, String officialId) {
        return actor.has(Role.OFFICIAL) && actor.department() != null
                && officials.find(officialId).filter(o -> o.department().equals(actor.department())).isPresent();
    }

    /** A staff read of the request (and the person's data with it), audited. */
    @Transactional
    public void recordRead(Actor actor, MeetingRequest r, String action) {
        audit.record(new AuditEntry(actor.username(), Role.OFFICIAL.name(), action, r.person(), r.caseReference(),
                r.id().toString(), actor.department()));
    }

    @Transactional
    public Decision accept(Actor actor, MeetingRequest r, long slot) {
        var now = clock.instant();
        // the slot first: its conditional update is the one that may lose a race, and it leaves no
        // unique-index violation behind to abort a PostgreSQL transaction
        if (!officials.takeSlot(slot, r.officialId(), r.id(), now)) return Decision.SLOT_TAKEN;
        if (!officials.decide(r.id(), MeetingRequest.Status.ACCEPTED, slot, null, null, actor.username(), now)) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return Decision.NOT_OPEN;
        }
        triaged(actor, r, "official.request.accept", "slot " + slot);
        var session = officials.session(slot).orElseThrow();
        var department = officials.find(r.officialId()).orElseThrow().department();
        events.publishEvent(new OfficialMeetingAccepted(r.id(), r.person(), r.officialId(), session.startsAt(),
                session.minutes(), department, r.mode() == MeetingRequest.Mode.VIDEO, r.interpreter(), r.interpreterNote()));
        return Decision.ACCEPTED;
    }

    @Transactional
    public Decision decline(Actor actor, MeetingRequest r, String reason) {
        var text = reason.strip();
        if (text.isEmpty()) return Decision.REASON_MISSING;
        if (text.length() > properties.reasonLength()) return Decision.REASON_TOO_LONG;
        if (!officials.decide(r.id(), MeetingRequest.Status.DECLINED, null, text, null, actor.username(), clock.instant())) {
            return Decision.NOT_OPEN;
        }
        triaged(actor, r, "official.request.decline", text);
        return Decision.ACCEPTED;
    }

    @Transactional
    public Decision refer(Actor actor, MeetingRequest r, String department, @Nullable String note) {
        if (!MeetingRequest.DEPARTMENTS.contains(department)) return Decision.UNKNOWN_DEPARTMENT;
        var text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > properties.reasonLength()) return Decision.REASON_TOO_LONG;
        if (!officials.decide(r.id(), MeetingRequest.Status.REFERRED, null, text, department, actor.username(),
                clock.instant())) {
            return Decision.NOT_OPEN;
        }
        triaged(actor, r, "official.request.refer", department);
        return Decision.ACCEPTED;
    }

    public List<MeetingRequest> earlierOf(MeetingRequest r) {
        return officials.ofPerson(r.person()).stream().filter(e -> !e.id().equals(r.id())).toList();
    }

    public int maxOpen() {
        return properties.maxOpen();
    }

    public int subjectLength() {
        return properties.subjectLength();
    }

    private void triaged(Actor actor, MeetingRequest r, String action, String detail) {
        audit.record(new AuditEntry(actor.username(), Role.OFFICIAL.name(), action, r.person(), r.caseReference(),
                r.id() + " " + detail, actor.department()));
    }
}
