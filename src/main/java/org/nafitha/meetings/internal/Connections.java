package org.nafitha.meetings.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * The browsers connected to rooms, each with its own Janus session and the plugin handles it
 * attached. Held in memory: a node restart drops them and the browsers join again (a new token),
 * which is also how a dropped connection is resumed.
 */
@Component
public class Connections {

    public record Connection(UUID id, UUID meeting, String participant, RunningMeetings.Side side, long session,
                             Set<Long> handles) {

        boolean owns(long handle) {
            return handles.contains(handle);
        }
    }

    private final Map<UUID, Connection> open = new ConcurrentHashMap<>();

    Connection open(UUID meeting, String participant, RunningMeetings.Side side, long session, long handle) {
        var handles = ConcurrentHashMap.<Long>newKeySet();
        handles.add(handle);
        var connection = new Connection(UUID.randomUUID(), meeting, participant, side, session, handles);
        open.put(connection.id(), connection);
        return connection;
    }

    /** The connection if it is this participant's, in this meeting. */
    Optional<Connection> find(UUID meeting, UUID id, String participant) {
        return Optional.ofNullable(open.get(id))
                .filter(c -> c.meeting().equals(meeting) && c.participant().equals(participant));
    }

    Optional<Connection> close(UUID id) {
        return Optional.ofNullable(open.remove(id));
    }

    Set<Connection> of(UUID meeting) {
        return open.values().stream().filter(c -> c.meeting().equals(meeting)).collect(Collectors.toSet());
    }

    public Set<RunningMeetings.Side> present(UUID meeting) {
        return of(meeting).stream().map(Connection::side).collect(Collectors.toSet());
    }
}
