package org.nafitha.appointments.internal.officials;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.appointments.OfficialMeetingAccepted;
import org.nafitha.appointments.OfficialsProperties;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The office's triage of requests to meet an official ({@link AskingOfficials}): accept into one of
 * the official's free slots, decline with a reason the person sees, or refer to a department. Every
 * step and every staff read of a request is in the audit trail.
 */
@Service
public class MeetingRequests {

    public enum Decision { ACCEPTED, NOT_OPEN, SLOT_TAKEN, REASON_MISSING, REASON_TOO_LONG, UNKNOWN_DEPARTMENT }

    private final Officials officials;
    private final AuditTrail audit;
    private final OfficialsProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingRequests(Officials officials, AuditTrail audit, OfficialsProperties properties,
                    ApplicationEventPublisher events, Clock clock) {
        this.officials = officials;
        this.audit = audit;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
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

    private void triaged(Actor actor, MeetingRequest r, String action, String detail) {
        audit.record(new AuditEntry(actor.username(), Role.OFFICIAL.name(), action, r.person(), r.caseReference(),
                r.id() + " " + detail, actor.department()));
    }
}
