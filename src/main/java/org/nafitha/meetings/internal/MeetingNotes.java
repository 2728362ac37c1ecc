package org.nafitha.meetings.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.nafitha.identity.Actor;
import org.nafitha.meetings.MeetingError;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The notes the host takes during the call, kept with the meeting; only hosts write or read them. */
@Service
public class MeetingNotes {

    public static final int MAX_LENGTH = 4000;

    public record Note(String author, String text, Instant writtenAt) {
    }

    private final JoiningMeetings joining;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    MeetingNotes(JoiningMeetings joining, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.joining = joining;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Optional<MeetingError> write(UUID meeting, Actor actor, String text) {
        var m = joining.of(meeting, actor).filter(x -> x.isHost(actor));
        if (m.isEmpty()) return Optional.of(MeetingError.NOT_FOUND);
        var note = text.strip();
        if (note.isEmpty() || note.length() > MAX_LENGTH) return Optional.of(MeetingError.REQUEST_NOT_ALLOWED);
        jdbc.sql("INSERT INTO meeting_notes (meeting_id, author, text, written_at) VALUES (:m, :a, :t, :at)")
                .param("m", meeting).param("a", actor.username()).param("t", note)
                .param("at", Timestamp.from(clock.instant())).update();
        audit.record(new AuditEntry(actor.username(), actor.primaryRole().name(), "meeting.note", m.get().person(), null,
                meeting.toString(), actor.department()));
        return Optional.empty();
    }

    public List<Note> of(UUID meeting) {
        return jdbc.sql("SELECT author, text, written_at FROM meeting_notes WHERE meeting_id = :m ORDER BY id")
                .param("m", meeting).query((rs, n) -> new Note(rs.getString("author"), rs.getString("text"),
                        rs.getTimestamp("written_at").toInstant())).list();
    }
}
