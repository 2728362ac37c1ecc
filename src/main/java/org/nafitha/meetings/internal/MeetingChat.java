package org.nafitha.meetings.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.nafitha.identity.Actor;
import org.nafitha.meetings.MeetingError;
import org.nafitha.meetings.MeetingsProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The text chat beside the call, for the meeting's participants only: while the room is open, and
 * for the person once admitted (someone waiting is not yet in the meeting). Kept with the meeting;
 * a message sent again with the same client key is the one already kept.
 */
@Service
public class MeetingChat {

    public static final int MAX_LENGTH = 1000;

    @Schema(name = "ChatMessage")
    public record Message(long id, RunningMeetings.Side side, String text, Instant writtenAt) {
    }

    public sealed interface Said {
        record Kept(Message message) implements Said {
        }

        record Refused(MeetingError error) implements Said {
        }
    }

    private final JoiningMeetings joining;
    private final JdbcClient jdbc;
    private final MeetingsProperties properties;
    private final Clock clock;

    MeetingChat(JoiningMeetings joining, JdbcClient jdbc, MeetingsProperties properties, Clock clock) {
        this.joining = joining;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public Said say(UUID meeting, Actor actor, String text, String clientKey) {
        var m = joining.of(meeting, actor).orElse(null);
        if (m == null) return new Said.Refused(MeetingError.NOT_FOUND);
        var now = clock.instant();
        var status = m.status(now, properties.opensBefore());
        if (status == Meeting.Status.BOOKED) return new Said.Refused(MeetingError.NOT_OPEN_YET);
        if (status == Meeting.Status.ENDED) return new Said.Refused(MeetingError.OVER);
        if (m.isInterpreter(actor)) return new Said.Refused(MeetingError.INTERPRETERS_DO_NOT_CHAT);
        if (!m.isHost(actor) && !m.admitted()) return new Said.Refused(MeetingError.WAITING_TO_BE_ADMITTED);
        var message = text.strip();
        var key = clientKey.strip();
        if (message.isEmpty() || message.length() > MAX_LENGTH) return new Said.Refused(MeetingError.CHAT_TEXT);
        if (key.isEmpty() || key.length() > 64) return new Said.Refused(MeetingError.REQUEST_NOT_ALLOWED);
        var side = m.isHost(actor) ? RunningMeetings.Side.HOST : RunningMeetings.Side.PERSON;
        // ON CONFLICT: the same message sent twice at once must not abort the transaction on PostgreSQL
        jdbc.sql("""
                        INSERT INTO meeting_chat (meeting_id, author, side, text, client_key, written_at)
                        VALUES (:m, :a, :side, :t, :k, :at)
                        ON CONFLICT DO NOTHING""")
                .param("m", meeting).param("a", actor.username()).param("side", side.name()).param("t", message)
                .param("k", key).param("at", Timestamp.from(now)).update();
        return new Said.Kept(jdbc.sql("""
                        SELECT id, side, text, written_at FROM meeting_chat
                         WHERE meeting_id = :m AND author = :a AND client_key = :k""")
                .param("m", meeting).param("a", actor.username()).param("k", key).query(MeetingChat::message).single());
    }

    /** The messages after {@code after} (0 for all), oldest first; empty for anyone not taking part. */
    public Optional<List<Message>> read(UUID meeting, Actor actor, long after) {
        if (joining.of(meeting, actor).isEmpty()) return Optional.empty();
        return Optional.of(jdbc.sql("SELECT id, side, text, written_at FROM meeting_chat WHERE meeting_id = :m AND id > :after ORDER BY id")
                .param("m", meeting).param("after", after).query(MeetingChat::message).list());
    }

    private static Message message(ResultSet rs, int row) throws SQLException {
        return new Message(rs.getLong("id"), RunningMeetings.Side.valueOf(rs.getString("side")), rs.getString("text"),
                rs.getTimestamp("written_at").toInstant());
    }
}
