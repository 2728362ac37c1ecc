package org.nafitha.meetings.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.nafitha.identity.Actor;
import org.nafitha.meetings.MeetingError;
import org.nafitha.meetings.MeetingsProperties;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joining a meeting's room: only its participants (the person, the host, and the interpreter the host
 * assigned), only while it is open, and for a video visit's family member and interpreter only having
 * accepted the recording. A participant gets a join token for this room
 * (used once, within a minute) and TURN credentials that last until shortly after the slot ends.
 */
@Service
public class JoiningMeetings {

    public sealed interface Outcome {
        record Joined(Meeting meeting, String token, Instant expiresAt,
                      List<TurnCredentials.IceServer> iceServers) implements Outcome {
        }

        record Refused(MeetingError error) implements Outcome {
        }
    }

    private final Meetings meetings;
    private final JoinTokens tokens;
    private final AuditTrail audit;
    private final MeetingsProperties properties;
    private final Clock clock;

    JoiningMeetings(Meetings meetings, JoinTokens tokens, AuditTrail audit, MeetingsProperties properties, Clock clock) {
        this.meetings = meetings;
        this.tokens = tokens;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** The meeting if the actor takes part in it; anyone else cannot tell it exists. */
    public Optional<Meeting> of(UUID id, Actor actor) {
        return meetings.find(id).filter(m -> m.hasParticipant(actor));
    }

    /** The video visit if the actor may watch it. */
    public Optional<Meeting> toWatch(UUID id, Actor actor) {
        return meetings.find(id).filter(m -> m.isViewer(actor));
    }

    /** The meeting if the actor takes part in it or may watch it. */
    Optional<Meeting> reachable(UUID id, Actor actor) {
        return meetings.find(id).filter(m -> m.hasParticipant(actor) || m.isViewer(actor));
    }

    /**
     * A security officer opens a video visit's room to watch it: a join token and TURN credentials as a
     * participant gets, and an audit entry for every watch. Anyone else cannot tell the visit exists.
     */
    @Transactional
    public Outcome watch(UUID id, Actor actor) {
        var meeting = toWatch(id, actor).orElse(null);
        if (meeting == null) return new Outcome.Refused(MeetingError.NOT_FOUND);
        var refused = closed(meeting, clock.instant());
        if (refused.isPresent()) return new Outcome.Refused(refused.get());
        audit.record(new AuditEntry(actor.username(), actor.primaryRole().name(), "meeting.watch", meeting.person(),
                meeting.booking(), meeting.id().toString(), actor.department()));
        return admitted(meeting, actor);
    }

    @Transactional
    public Outcome join(UUID id, Actor actor, boolean recordingAccepted) {
        var meeting = of(id, actor).orElse(null);
        if (meeting == null) return new Outcome.Refused(MeetingError.NOT_FOUND);
        var now = clock.instant();
        var refused = closed(meeting, now);
        if (refused.isPresent()) return new Outcome.Refused(refused.get());
        if (meeting.needsRecordingAccepted(actor) && !recordingAccepted) {
            return new Outcome.Refused(MeetingError.RECORDING_NOT_ACCEPTED);
        }
        audit.record(new AuditEntry(actor.username(), actor.primaryRole().name(), "meeting.join", meeting.person(),
                null, meeting.id() + (meeting.isInterpreter(actor) ? " as interpreter" : "")
                        + (recordingAccepted ? " recording accepted" : ""), actor.department()));
        return admitted(meeting, actor);
    }

    private Outcome.Joined admitted(Meeting meeting, Actor actor) {
        var now = clock.instant();
        var expires = now.plus(properties.tokenTtl());
        var token = tokens.issue(meeting.id(), actor.username(), meeting.isHost(actor), now, expires);
        var turn = properties.turnUrls().isEmpty() ? List.<TurnCredentials.IceServer>of()
                : List.of(TurnCredentials.issue(properties.turnUrls(), properties.turnSecret(), actor.username(),
                        meeting.endsAt().plus(properties.turnGrace())));
        return new Outcome.Joined(meeting, token, expires, turn);
    }

    Optional<MeetingError> closed(Meeting meeting, Instant now) {
        return switch (meeting.status(now, properties.opensBefore())) {
            case BOOKED -> Optional.of(MeetingError.NOT_OPEN_YET);
            case ENDED -> Optional.of(MeetingError.OVER);
            case OPEN -> Optional.empty();
        };
    }
}
