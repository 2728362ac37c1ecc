package org.nafitha.meetings.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The browsers connected to rooms, each with its own Janus session and the plugin handles it attached. Kept in
 * the database (V105), not in one node's memory: behind a load balancer a participant's next request may reach
 * any node, which must relay it to the same Janus session, and a node that ends a meeting must close every
 * connection of it, wherever it was opened. A browser that lost its connection joins again with a new token.
 * Each request through a connection marks it seen; one not heard from for {@link #STALE_AFTER} (its browser closed or
 * its network gone, with no "leave") is no longer counted as present, and {@link ClosingRooms} closes it.
 */
@Component
public class Connections {

    public record Connection(UUID id, UUID meeting, String participant, RunningMeetings.Side side, long session,
                             Set<Long> handles) {

        boolean owns(long handle) {
            return handles.contains(handle);
        }
    }

    private static final String COLUMNS = """
            SELECT c.id, c.meeting_id, c.participant, c.side, c.session_id, h.handle
            FROM meeting_connections c LEFT JOIN meeting_connection_handles h ON h.connection_id = c.id""";

    /**
     * A live browser is always waiting on its events (Janus answers a long poll within 30 s) and Janus itself ends a
     * session after 60 s without a request: past this, the connection is gone.
     */
    static final Duration STALE_AFTER = Duration.ofSeconds(90);
    /** A connection seen this recently is not written again (a browser's requests come several a second at times). */
    private static final Duration SEEN_GRAIN = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final Clock clock;

    Connections(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    Connection open(UUID meeting, String participant, RunningMeetings.Side side, long session, long handle) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO meeting_connections (id, meeting_id, participant, side, session_id, opened_at, seen_at)
                        VALUES (:id, :meeting, :participant, :side, :session, :at, :at)""")
                .param("id", id).param("meeting", meeting).param("participant", participant).param("side", side.name())
                .param("session", session).param("at", Timestamp.from(clock.instant())).update();
        attached(id, handle);
        return new Connection(id, meeting, participant, side, session, Set.of(handle));
    }

    /**
     * One more handle of the connection's session (a subscription to the other side's feed); false when the connection
     * was closed meanwhile (its participant left, on this node or another).
     */
    boolean attached(UUID connection, long handle) {
        return jdbc.sql("""
                        INSERT INTO meeting_connection_handles (connection_id, handle)
                        SELECT id, :handle FROM meeting_connections WHERE id = :connection""")
                .param("connection", connection).param("handle", handle).update() == 1;
    }

    /** The connection if it is this participant's, in this meeting. */
    Optional<Connection> find(UUID meeting, UUID id, String participant) {
        return read(jdbc.sql(COLUMNS + " WHERE c.id = :id AND c.meeting_id = :meeting AND c.participant = :participant")
                        .param("id", id).param("meeting", meeting).param("participant", participant))
                .stream().findFirst();
    }

    /** The browser was heard from through this connection now. */
    void seen(UUID id) {
        var now = clock.instant();
        jdbc.sql("UPDATE meeting_connections SET seen_at = :now WHERE id = :id AND seen_at < :recent")
                .param("now", Timestamp.from(now)).param("id", id).param("recent", Timestamp.from(now.minus(SEEN_GRAIN)))
                .update();
    }

    /** The connections not heard from for {@link #STALE_AFTER}, in any meeting. */
    List<UUID> stale() {
        return jdbc.sql("SELECT id FROM meeting_connections WHERE seen_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(STALE_AFTER))).query(UUID.class).list();
    }

    /** Closes the connection: only the caller that removed it gets it back, to end its Janus session. */
    Optional<Connection> close(UUID id) {
        var found = read(jdbc.sql(COLUMNS + " WHERE c.id = :id").param("id", id));
        if (found.isEmpty()) return Optional.empty();
        var removed = jdbc.sql("DELETE FROM meeting_connections WHERE id = :id").param("id", id).update() == 1;
        return removed ? Optional.of(found.getFirst()) : Optional.empty();
    }

    Set<Connection> of(UUID meeting) {
        return Set.copyOf(read(jdbc.sql(COLUMNS + " WHERE c.meeting_id = :meeting").param("meeting", meeting)));
    }

    public Set<RunningMeetings.Side> present(UUID meeting) {
        return jdbc.sql("SELECT DISTINCT side FROM meeting_connections WHERE meeting_id = :meeting AND seen_at >= :since")
                .param("meeting", meeting).param("since", Timestamp.from(clock.instant().minus(STALE_AFTER)))
                .query(String.class).list().stream()
                .map(RunningMeetings.Side::valueOf).collect(Collectors.toSet());
    }

    /** The connections a query found, each with all its handles (one row per handle). */
    private static List<Connection> read(JdbcClient.StatementSpec query) {
        var found = new LinkedHashMap<UUID, Connection>();
        query.query(rs -> {
            var id = rs.getObject(1, UUID.class);
            var connection = found.get(id);
            if (connection == null) {
                connection = new Connection(id, rs.getObject(2, UUID.class), rs.getString(3),
                        RunningMeetings.Side.valueOf(rs.getString(4)), rs.getLong(5), new HashSet<>());
                found.put(id, connection);
            }
            long handle = rs.getLong(6);
            if (!rs.wasNull()) connection.handles().add(handle);
        });
        return found.values().stream().map(c -> new Connection(c.id(), c.meeting(), c.participant(), c.side(),
                c.session(), Set.copyOf(c.handles()))).toList();
    }
}
