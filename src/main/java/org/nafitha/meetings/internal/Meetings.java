package org.nafitha.meetings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The booked meetings, as rows; state changes are conditional updates. */
@Repository
public class Meetings {

    private static final String COLUMNS = """
            id, kind, booking, person, host_role, host_department, starts_at, ends_at, room, room_created,
            admitted_at, admitted_by, ended_at, ended_by, recording, interpreter_asked, interpreter_note, interpreter""";

    private final JdbcClient jdbc;

    Meetings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Books a meeting; the same booking twice (a redelivered event) is one meeting. */
    public void book(Meeting m, Instant now) {
        jdbc.sql("""
                INSERT INTO meetings (id, kind, booking, person, host_role, host_department, starts_at, ends_at, room,
                                      recording, created_at, interpreter_asked, interpreter_note)
                SELECT :id, :kind, :booking, :person, :role, :department, :starts, :ends, :room, 'PLANNED', :now,
                       :asked, :note
                WHERE NOT EXISTS (SELECT 1 FROM meetings WHERE booking = :booking)""")
                .param("id", m.id()).param("kind", m.kind().name()).param("booking", m.booking())
                .param("person", m.person()).param("role", m.hostRole().name()).param("department", m.hostDepartment())
                .param("starts", Timestamp.from(m.startsAt())).param("ends", Timestamp.from(m.endsAt()))
                .param("room", m.room()).param("now", Timestamp.from(now))
                .param("asked", m.interpreting().asked()).param("note", m.interpreting().note()).update();
    }

    /**
     * Assigns the interpreter to a meeting that asked for one and has not ended (another assignment
     * replaces it): false for a meeting that did not ask, or ended.
     */
    public boolean assignInterpreter(UUID id, String interpreter, String by, Instant now) {
        return jdbc.sql("""
                UPDATE meetings SET interpreter = :interpreter, interpreter_assigned_by = :by, interpreter_assigned_at = :now
                WHERE id = :id AND interpreter_asked AND ended_at IS NULL""")
                .param("id", id).param("interpreter", interpreter).param("by", by).param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** The meetings the interpreter is assigned to that end after {@code from}, soonest first. */
    public List<Meeting> interpretedBy(String interpreter, Instant from) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM meetings WHERE interpreter = :interpreter AND ends_at > :from AND ended_at IS NULL
                        ORDER BY starts_at""")
                .param("interpreter", interpreter).param("from", Timestamp.from(from)).query(Meetings::meeting).list();
    }

    public Optional<Meeting> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM meetings WHERE id = :id").param("id", id)
                .query(Meetings::meeting).optional();
    }

    public boolean roomCreated(UUID id) {
        return jdbc.sql("UPDATE meetings SET room_created = TRUE, recording = 'RECORDING' WHERE id = :id AND NOT room_created")
                .param("id", id).update() == 1;
    }

    public boolean admit(UUID id, String by, Instant now) {
        return jdbc.sql("UPDATE meetings SET admitted_at = :now, admitted_by = :by WHERE id = :id AND admitted_at IS NULL")
                .param("id", id).param("by", by).param("now", Timestamp.from(now)).update() == 1;
    }

    public boolean end(UUID id, String by, Instant now) {
        return jdbc.sql("""
                UPDATE meetings SET ended_at = :now, ended_by = :by,
                       recording = CASE WHEN room_created THEN 'PROCESSING' ELSE recording END
                WHERE id = :id AND ended_at IS NULL""")
                .param("id", id).param("by", by).param("now", Timestamp.from(now)).update() == 1;
    }

    public void recording(UUID id, Meeting.Recording state) {
        jdbc.sql("UPDATE meetings SET recording = :state WHERE id = :id").param("id", id).param("state", state.name()).update();
    }

    private static Meeting meeting(ResultSet rs, int row) throws SQLException {
        return new Meeting(rs.getObject("id", UUID.class), Meeting.Kind.valueOf(rs.getString("kind")),
                rs.getString("booking"), rs.getString("person"), Role.valueOf(rs.getString("host_role")),
                rs.getString("host_department"), rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(), rs.getLong("room"), rs.getBoolean("room_created"),
                instant(rs.getTimestamp("admitted_at")), rs.getString("admitted_by"), instant(rs.getTimestamp("ended_at")),
                rs.getString("ended_by"), Meeting.Recording.valueOf(rs.getString("recording")),
                new Meeting.Interpreting(rs.getBoolean("interpreter_asked"), rs.getString("interpreter_note"),
                        rs.getString("interpreter")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
