package org.nafitha.meetings.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.nafitha.identity.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.nafitha.meetings.MeetingError;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting while it runs: the host admits the person waiting (and the interpreter with them),
 * participants connect with their join token (each connection its own Janus session), the host ends
 * it (or the slot's end does).
 */
@Service
public class RunningMeetings {

    /**
     * An INTERPRETER is the third participant of a meeting that asked for one. A VIEWER (security watching a
     * video visit) subscribes only, and is not listed among those present.
     */
    public enum Side { PERSON, HOST, INTERPRETER, VIEWER }

    private static final Logger LOG = LoggerFactory.getLogger(RunningMeetings.class);

    private final JoiningMeetings joining;
    private final Meetings meetings;
    private final JoinTokens tokens;
    private final Rooms rooms;
    private final Janus janus;
    private final Connections connections;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RunningMeetings(JoiningMeetings joining, Meetings meetings, JoinTokens tokens, Rooms rooms, Janus janus,
                    Connections connections, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.joining = joining;
        this.meetings = meetings;
        this.tokens = tokens;
        this.rooms = rooms;
        this.janus = janus;
        this.connections = connections;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public sealed interface Connected {
        record Done(Connections.Connection connection, long handle, long room) implements Connected {
        }

        record Refused(MeetingError error) implements Connected {
        }
    }

    @Transactional
    public Optional<MeetingError> admit(UUID id, Actor actor) {
        return hosting(id, actor).or(() -> {
            var meeting = meetings.find(id).orElseThrow();
            if (meetings.admit(id, actor.username(), clock.instant())) record(actor, meeting, "meeting.admit");
            return Optional.empty();
        });
    }

    @Transactional
    public Optional<MeetingError> end(UUID id, Actor actor) {
        var meeting = joining.of(id, actor).orElse(null);
        if (meeting == null) return Optional.of(MeetingError.NOT_FOUND);
        if (!meeting.isHost(actor)) return Optional.of(MeetingError.HOSTS_ONLY);
        close(meeting, actor.username());
        record(actor, meeting, "meeting.end");
        return Optional.empty();
    }

    /** Ends the meeting (once): its connections and room go, and the recording is made. */
    void close(Meeting meeting, String by) {
        if (!meetings.end(meeting.id(), by, clock.instant())) return;
        connections.of(meeting.id()).forEach(c -> leave(c.id()));
        if (meeting.roomCreated()) {
            rooms.destroy(meeting);
            events.publishEvent(new MeetingEnded(meeting.id()));
        }
    }

    @Transactional
    public Connected connect(UUID id, Actor actor, String token) {
        var meeting = joining.reachable(id, actor).orElse(null);
        if (meeting == null) return new Connected.Refused(MeetingError.NOT_FOUND);
        var closed = joining.closed(meeting, clock.instant());
        if (closed.isPresent()) return new Connected.Refused(closed.get());
        var side = side(meeting, actor);
        // the interpreter waits with the person until the host admits them
        if ((side == Side.PERSON || side == Side.INTERPRETER) && !meeting.admitted()) {
            return new Connected.Refused(MeetingError.WAITING_TO_BE_ADMITTED);
        }
        var holder = tokens.use(id, token, clock.instant()).filter(h -> h.participant().equals(actor.username()));
        if (holder.isEmpty()) return new Connected.Refused(MeetingError.TOKEN_REFUSED);
        if (!meeting.roomCreated()) {
            rooms.create(meeting);
            meetings.roomCreated(id);
        }
        var session = janus.createSession();
        var handle = janus.attach(session);
        record(actor, meeting, side == Side.VIEWER ? "meeting.watch.connect" : "meeting.connect");
        return new Connected.Done(connections.open(id, actor.username(), side, session, handle), handle, meeting.room());
    }

    /** The participant leaves; false when the connection is not theirs (or already gone). */
    public boolean leave(UUID meeting, UUID connection, Actor actor) {
        if (connections.find(meeting, connection, actor.username()).isEmpty()) return false;
        leave(connection);
        return true;
    }

    void leave(UUID connection) {
        connections.close(connection).ifPresent(c -> {
            try {
                janus.destroySession(c.session());
            } catch (MediaServerUnavailable e) {
                // the session dies with Janus' session timeout anyway; leaving must not fail for it
                LOG.warn("Janus session {} of meeting {} not destroyed: {}", c.session(), c.meeting(), e.getMessage());
            }
        });
    }

    /** Who is connected, of the participants: a viewer watching is never listed. */
    public Set<Side> present(UUID meeting) {
        var present = EnumSet.noneOf(Side.class);
        present.addAll(connections.present(meeting));
        present.remove(Side.VIEWER);
        return present;
    }

    private static Side side(Meeting meeting, Actor actor) {
        if (meeting.isHost(actor)) return Side.HOST;
        if (meeting.isPerson(actor)) return Side.PERSON;
        return meeting.isInterpreter(actor) ? Side.INTERPRETER : Side.VIEWER;
    }

    private Optional<MeetingError> hosting(UUID id, Actor actor) {
        var meeting = joining.of(id, actor).orElse(null);
        if (meeting == null) return Optional.of(MeetingError.NOT_FOUND);
        if (!meeting.isHost(actor)) return Optional.of(MeetingError.HOSTS_ONLY);
        return joining.closed(meeting, clock.instant());
    }

    private void record(Actor actor, Meeting meeting, String action) {
        audit.record(new AuditEntry(actor.username(), actor.primaryRole().name(), action, meeting.person(), null,
                meeting.id().toString(), actor.department()));
    }
}
