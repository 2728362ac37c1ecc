package org.nafitha.meetings.internal;

import java.time.Clock;
import java.util.UUID;

import org.nafitha.identity.Actor;
import org.nafitha.meetings.MeetingError;
import org.nafitha.meetings.internal.RunningMeetings.Side;
import org.nafitha.transparency.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participants connecting to a running meeting ({@link RunningMeetings}) with their join token, each
 * connection its own Janus session (the room is made at the first), and leaving it.
 */
@Service
public class ConnectingToMeetings {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectingToMeetings.class);

    private final JoiningMeetings joining;
    private final Meetings meetings;
    private final JoinTokens tokens;
    private final Rooms rooms;
    private final Janus janus;
    private final Connections connections;
    private final AuditTrail audit;
    private final Clock clock;

    ConnectingToMeetings(JoiningMeetings joining, Meetings meetings, JoinTokens tokens, Rooms rooms, Janus janus,
                         Connections connections, AuditTrail audit, Clock clock) {
        this.joining = joining;
        this.meetings = meetings;
        this.tokens = tokens;
        this.rooms = rooms;
        this.janus = janus;
        this.connections = connections;
        this.audit = audit;
        this.clock = clock;
    }

    public sealed interface Connected {
        record Done(Connections.Connection connection, long handle, long room) implements Connected {
        }

        record Refused(MeetingError error) implements Connected {
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
        audit.record(meeting.audited(actor, side == Side.VIEWER ? "meeting.watch.connect" : "meeting.connect"));
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

    private static Side side(Meeting meeting, Actor actor) {
        if (meeting.isHost(actor)) return Side.HOST;
        if (meeting.isPerson(actor)) return Side.PERSON;
        return meeting.isInterpreter(actor) ? Side.INTERPRETER : Side.VIEWER;
    }
}
