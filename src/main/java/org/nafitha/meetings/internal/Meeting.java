package org.nafitha.meetings.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.transparency.AuditEntry;

/**
 * A booked video meeting: who attends (the person), who hosts (staff of a role in a department),
 * the slot, its Janus room and how far it went. It answers who may join and when. When the person
 * asked for a sign-language interpreter at booking ({@code interpreter} asked, with their note), the
 * host assigns one of the ministry's interpreters, who is then the call's third participant.
 */
public record Meeting(UUID id, Kind kind, String booking, String person, Role hostRole, String hostDepartment,
                      Instant startsAt, Instant endsAt, long room, boolean roomCreated, @Nullable Instant admittedAt,
                      @Nullable String admittedBy, @Nullable Instant endedAt, @Nullable String endedBy,
                      Recording recording, Interpreting interpreting) {

    /**
     * The sign-language interpreting a meeting asked for at booking, and who was assigned to it.
     *
     * @param asked       the person asked for an interpreter (none is ever assigned otherwise)
     * @param note        the person's own words about it (e.g. the sign language they use)
     * @param interpreter the assigned interpreter's username, once the host assigned one
     */
    public record Interpreting(boolean asked, @Nullable String note, @Nullable String interpreter) {

        public static final Interpreting NONE = new Interpreting(false, null, null);

        public static Interpreting asked(boolean asked, @Nullable String note) {
            return asked ? new Interpreting(true, note == null || note.isBlank() ? null : note.strip(), null) : NONE;
        }
    }

    public enum Kind { OFFICIAL, VIDEO_VISIT }

    public enum Status { BOOKED, OPEN, ENDED }

    public enum Recording { PLANNED, RECORDING, PROCESSING, STORED, FAILED, ERASED }

    /** The person booked, staff of the hosting role in the hosting department, or the assigned interpreter. */
    public boolean hasParticipant(Actor actor) {
        return isPerson(actor) || isHost(actor) || isInterpreter(actor);
    }

    /**
     * A video visit is recorded as its condition: the family member, and the interpreter who is recorded
     * with them, join only having accepted it.
     */
    public boolean needsRecordingAccepted(Actor actor) {
        return kind == Kind.VIDEO_VISIT && (isPerson(actor) || isInterpreter(actor));
    }

    /** The interpreter assigned to this meeting (an interpreter by role, the one named, never the host). */
    public boolean isInterpreter(Actor actor) {
        return interpreting.interpreter() != null && actor.has(Role.INTERPRETER)
                && interpreting.interpreter().equals(actor.username()) && !isHost(actor);
    }

    public boolean isPerson(Actor actor) {
        return !actor.isStaff() && person.equals(actor.nationalId());
    }

    /**
     * Security staff of the facility may watch a video visit live: they see and hear it, are never
     * seen in it, and the participants are told that the visit may be watched.
     */
    public boolean isViewer(Actor actor) {
        return mayBeWatched() && actor.has(Role.PRISON_SECURITY) && hostDepartment.equals(actor.department());
    }

    public boolean mayBeWatched() {
        return kind == Kind.VIDEO_VISIT;
    }

    public boolean isHost(Actor actor) {
        return actor.has(hostRole) && hostDepartment.equals(actor.department());
    }

    public Instant opensAt(Duration before) {
        return startsAt.minus(before);
    }

    public Status status(Instant now, Duration before) {
        if (endedAt != null || !now.isBefore(endsAt)) return Status.ENDED;
        return now.isBefore(opensAt(before)) ? Status.BOOKED : Status.OPEN;
    }

    public boolean admitted() {
        return admittedAt != null;
    }

    /** An action of {@code actor} on this meeting, as the audit trail keeps it (about the person it is with). */
    AuditEntry audited(Actor actor, String action) {
        return new AuditEntry(actor.username(), actor.primaryRole().name(), action, person, null, id.toString(),
                actor.department());
    }
}
