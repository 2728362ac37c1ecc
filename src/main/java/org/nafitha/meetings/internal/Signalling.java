package org.nafitha.meetings.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.meetings.MeetingError;
import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The browser's signalling with Janus, relayed: only through its own connection and handles, only
 * the VideoRoom requests a participant needs, always in its meeting's room, and as the side the
 * booking says (a browser cannot name itself or pick another room). A viewer only lists the room's
 * feeds and subscribes to them: it never joins as a publisher, so it sends no media and Janus does
 * not announce it to the participants.
 */
@Service
public class Signalling {

    private static final Set<String> ALLOWED = Set.of("join", "configure", "publish", "unpublish", "start", "pause", "leave",
            "listparticipants");
    private static final Set<String> VIEWING = Set.of("join", "start", "pause", "leave", "listparticipants");

    public sealed interface Relayed {
        @Schema(name = "SignallingAnswer")
        record Answer(JsonNode janus) implements Relayed {
        }

        record Refused(MeetingError error) implements Relayed {
        }
    }

    private final JoiningMeetings joining;
    private final Connections connections;
    private final Janus janus;
    private final Clock clock;

    Signalling(JoiningMeetings joining, Connections connections, Janus janus, Clock clock) {
        this.joining = joining;
        this.connections = connections;
        this.janus = janus;
        this.clock = clock;
    }

    /** A new handle on the connection's session, e.g. to subscribe to the other side's feed. */
    public Relayed attach(UUID meeting, UUID connection, Actor actor) {
        return within(meeting, connection, actor, c -> {
            var handle = janus.attach(c.session());
            // the participant left meanwhile: the handle dies with the session their leaving destroyed
            if (!connections.attached(c.id(), handle)) return null;
            return janus.object().put("handle", handle);
        });
    }

    public Relayed message(UUID meeting, UUID connection, long handle, Actor actor, JsonNode body, @Nullable JsonNode jsep) {
        var request = body.path("request").asString("");
        if (!ALLOWED.contains(request) || !body.isObject()) return new Relayed.Refused(MeetingError.REQUEST_NOT_ALLOWED);
        var publishing = !VIEWING.contains(request) || "join".equals(request) && !"subscriber".equals(body.path("ptype").asString(""));
        var viewer = connections.find(meeting, connection, actor.username()).filter(c -> c.side() == RunningMeetings.Side.VIEWER);
        if (viewer.isPresent() && publishing) return new Relayed.Refused(MeetingError.VIEWERS_ONLY_WATCH);
        return within(meeting, connection, actor, c -> {
            if (!c.owns(handle)) return null;
            var room = joining.reachable(meeting, actor).orElseThrow().room();
            var forced = ((ObjectNode) body.deepCopy()).put("room", room);
            if ("join".equals(request) && "publisher".equals(body.path("ptype").asString(""))) {
                forced.put("display", c.side().name()).remove("id");
            }
            return janus.message(c.session(), handle, forced, jsep);
        });
    }

    public Relayed trickle(UUID meeting, UUID connection, long handle, Actor actor, JsonNode candidate) {
        return within(meeting, connection, actor, c -> c.owns(handle) ? janus.trickle(c.session(), handle, candidate) : null);
    }

    /** The connection's next events from Janus (a long poll). */
    public Relayed events(UUID meeting, UUID connection, Actor actor) {
        return within(meeting, connection, actor, c -> janus.events(c.session()));
    }

    private interface Call {
        @Nullable JsonNode on(Connections.Connection connection);
    }

    private Relayed within(UUID meeting, UUID connection, Actor actor, Call call) {
        var found = connections.find(meeting, connection, actor.username());
        var m = joining.reachable(meeting, actor);
        if (found.isEmpty() || m.isEmpty()) return new Relayed.Refused(MeetingError.CONNECTION_GONE);
        connections.seen(found.get().id());
        var closed = joining.closed(m.get(), clock.instant());
        if (closed.isPresent()) return new Relayed.Refused(closed.get());
        try {
            var answer = call.on(found.get());
            return answer == null ? new Relayed.Refused(MeetingError.CONNECTION_GONE) : new Relayed.Answer(answer);
        } catch (MediaServerUnavailable e) {
            return new Relayed.Refused(MeetingError.MEDIA_SERVER_DOWN);
        }
    }
}
