package org.nafitha.meetings.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.identity.StaffDirectory;
import org.nafitha.meetings.InterpreterAssigned;
import org.nafitha.meetings.MeetingError;
import org.nafitha.meetings.MeetingsProperties;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-language interpreters in video calls: the host of a meeting whose person asked for one at
 * booking assigns one of the ministry's interpreters (staff with {@link Role#INTERPRETER}); that
 * interpreter, and no other, then takes part in the call. A meeting that did not ask gets none, so an
 * interpreter never sees a call the person did not want them in. Every assignment is audited.
 */
@Service
public class Interpreting {

    private final Meetings meetings;
    private final JoiningMeetings joining;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final MeetingsProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Interpreting(Meetings meetings, JoiningMeetings joining, StaffDirectory staff, AuditTrail audit,
                 MeetingsProperties properties, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.meetings = meetings;
        this.joining = joining;
        this.staff = staff;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** The interpreters a host may choose from: enabled staff holding the role, by username. */
    public List<StaffDirectory.Member> interpreters() {
        return staff.holding(Role.INTERPRETER);
    }

    /**
     * The host assigns {@code interpreter} (a username) to the meeting; assigning another replaces the first.
     * Empty when done, else why not: not the actor's meeting, not its host, the meeting over, no interpreter
     * asked for, or not an interpreter.
     */
    @Transactional
    public Optional<MeetingError> assign(UUID id, Actor actor, String interpreter) {
        var meeting = joining.of(id, actor).orElse(null);
        if (meeting == null) return Optional.of(MeetingError.NOT_FOUND);
        if (!meeting.isHost(actor)) return Optional.of(MeetingError.HOSTS_ONLY);
        var now = clock.instant();
        if (meeting.status(now, properties.opensBefore()) == Meeting.Status.ENDED) return Optional.of(MeetingError.OVER);
        if (!meeting.interpreting().asked()) return Optional.of(MeetingError.INTERPRETER_NOT_ASKED);
        if (interpreters().stream().noneMatch(m -> m.username().equals(interpreter))) {
            return Optional.of(MeetingError.NOT_AN_INTERPRETER);
        }
        if (!meetings.assignInterpreter(id, interpreter, actor.username(), now)) return Optional.of(MeetingError.OVER);
        audit.record(new AuditEntry(actor.username(), actor.primaryRole().name(), "meeting.interpreter.assign",
                meeting.person(), null, meeting.id() + " " + interpreter, actor.department()));
        events.publishEvent(new InterpreterAssigned(meeting.id(), meeting.booking(), interpreter, meeting.startsAt(), now));
        return Optional.empty();
    }

    /** The calls to come (or running) that the interpreter is assigned to, soonest first. */
    public List<Meeting> assignedTo(Actor actor) {
        if (!actor.has(Role.INTERPRETER)) return List.of();
        return meetings.interpretedBy(actor.username(), clock.instant());
    }
}
