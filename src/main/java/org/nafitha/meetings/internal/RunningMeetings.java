package org.nafitha.meetings.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.nafitha.identity.Actor;
import org.nafitha.meetings.MeetingError;
import org.nafitha.transparency.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting while it runs: the host admits the person waiting (and the interpreter with them),
 * participants connect with their join token ({@link ConnectingToMeetings}), the host ends it (or
 * the slot's end does).
 */
@Service
public class RunningMeetings {

    /**
     * An INTERPRETER is the third participant of a meeting that asked for one. A VIEWER (security watching a
     * video visit) subscribes only, and is not listed among those present.
     */
    public enum Side { PERSON, HOST, INTERPRETER, VIEWER }

    private final JoiningMeetings joining;
    private final Meetings meetings;
    private final Rooms rooms;
    private final Connections connections;
    private final ConnectingToMeetings connecting;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RunningMeetings(JoiningMeetings joining, Meetings meetings, Rooms rooms, Connections connections,
                    ConnectingToMeetings connecting, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.joining = joining;
        this.meetings = meetings;
        this.rooms = rooms;
        this.connections = connections;
        this.connecting = connecting;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Optional<MeetingError> admit(UUID id, Actor actor) {
        return hosting(id, actor).or(() -> {
            var meeting = meetings.find(id).orElseThrow();
            if (meetings.admit(id, actor.username(), clock.instant())) audit.record(meeting.audited(actor, "meeting.admit"));
            return Optional.empty();
        });
    }

    @Transactional
    public Optional<MeetingError> end(UUID id, Actor actor) {
        var meeting = joining.of(id, actor).orElse(null);
        if (meeting == null) return Optional.of(MeetingError.NOT_FOUND);
        if (!meeting.isHost(actor)) return Optional.of(MeetingError.HOSTS_ONLY);
        close(meeting, actor.username());
        audit.record(meeting.audited(actor, "meeting.end"));
        return Optional.empty();
    }

    /** Ends the meeting (once): its connections and room go, and the recording is made. */
    void close(Meeting meeting, String by) {
        if (!meetings.end(meeting.id(), by, clock.instant())) return;
        connections.of(meeting.id()).forEach(c -> connecting.leave(c.id()));
        if (meeting.roomCreated()) {
            rooms.destroy(meeting);
            events.publishEvent(new MeetingEnded(meeting.id()));
        }
    }

    /** Who is connected, of the participants: a viewer watching is never listed. */
    public Set<Side> present(UUID meeting) {
        var present = EnumSet.noneOf(Side.class);
        present.addAll(connections.present(meeting));
        present.remove(Side.VIEWER);
        return present;
    }

    private Optional<MeetingError> hosting(UUID id, Actor actor) {
        var meeting = joining.of(id, actor).orElse(null);
        if (meeting == null) return Optional.of(MeetingError.NOT_FOUND);
        if (!meeting.isHost(actor)) return Optional.of(MeetingError.HOSTS_ONLY);
        return joining.closed(meeting, clock.instant());
    }
}
