package org.nafitha.appointments.internal.officials;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The officials, their published sessions and slots, and the meeting requests, as rows. */
@Repository
public class Officials {

    private static final String REQUEST_COLUMNS = """
            id, official_id, person, requested_by, subject, case_reference, mode, status, session_id, reason,
            referred_to, created_at, decided_at, interpreter_asked, interpreter_note""";

    private final JdbcClient jdbc;

    Officials(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Official> all() {
        return jdbc.sql("SELECT id, name_ar, name_en, title_ar, title_en, department FROM officials ORDER BY id")
                .query(Official.class).list();
    }

    public Optional<Official> find(String id) {
        return jdbc.sql("SELECT id, name_ar, name_en, title_ar, title_en, department FROM officials WHERE id = :id")
                .param("id", id).query(Official.class).optional();
    }

    /** Publishes a public-session day or a private slot; the same start twice is one row. */
    public void publish(String officialId, Session.Kind kind, Instant startsAt, int minutes, String placeAr,
                        String placeEn) {
        jdbc.sql("""
                        INSERT INTO official_sessions (official_id, kind, starts_at, minutes, place_ar, place_en)
                        VALUES (:o, :k, :s, :m, :pa, :pe) ON CONFLICT DO NOTHING""")
                .param("o", officialId).param("k", kind.name()).param("s", Timestamp.from(startsAt))
                .param("m", minutes).param("pa", placeAr).param("pe", placeEn).update();
    }

    public List<Session> publicSessions(Instant from) {
        return jdbc.sql("SELECT * FROM official_sessions WHERE kind = 'PUBLIC' AND starts_at >= :f ORDER BY starts_at, official_id")
                .param("f", Timestamp.from(from)).query(Officials::session).list();
    }

    public List<Session> freeSlots(String officialId, Instant from) {
        return jdbc.sql("""
                        SELECT * FROM official_sessions WHERE official_id = :o AND kind = 'PRIVATE'
                        AND meeting_id IS NULL AND starts_at > :f ORDER BY starts_at""")
                .param("o", officialId).param("f", Timestamp.from(from)).query(Officials::session).list();
    }

    public Optional<Session> session(long id) {
        return jdbc.sql("SELECT * FROM official_sessions WHERE id = :id").param("id", id)
                .query(Officials::session).optional();
    }

    /** Takes a free private slot for a meeting: false when it is gone (or not free, not the official's, past). */
    boolean takeSlot(long sessionId, String officialId, UUID meeting, Instant now) {
        return jdbc.sql("""
                        UPDATE official_sessions SET meeting_id = :m WHERE id = :id AND official_id = :o
                        AND kind = 'PRIVATE' AND meeting_id IS NULL AND starts_at > :now""")
                .param("m", meeting).param("id", sessionId).param("o", officialId).param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** @return false when the same person already sent this form (the one-time submit key) */
    boolean insert(MeetingRequest r, String submitKey) {
        return jdbc.sql("""
                        INSERT INTO official_requests (id, official_id, person, requested_by, submit_key, subject,
                        case_reference, mode, status, created_at, interpreter_asked, interpreter_note)
                        VALUES (:id, :o, :p, :by, :k, :s, :c, :m, 'OPEN', :at, :i, :n) ON CONFLICT DO NOTHING""")
                .param("id", r.id()).param("o", r.officialId()).param("p", r.person()).param("by", r.requestedBy())
                .param("k", submitKey).param("s", r.subject()).param("c", r.caseReference())
                .param("m", r.mode().name()).param("at", Timestamp.from(r.createdAt()))
                .param("i", r.interpreter()).param("n", r.interpreterNote()).update() == 1;
    }

    Optional<MeetingRequest> bySubmitKey(String person, String submitKey) {
        return jdbc.sql("SELECT " + REQUEST_COLUMNS + " FROM official_requests WHERE person = :p AND submit_key = :k")
                .param("p", person).param("k", submitKey).query(Officials::request).optional();
    }

    int openCount(String person) {
        return jdbc.sql("SELECT COUNT(*) FROM official_requests WHERE person = :p AND status = 'OPEN'")
                .param("p", person).query(Integer.class).single();
    }

    public Optional<MeetingRequest> request(UUID id) {
        return jdbc.sql("SELECT " + REQUEST_COLUMNS + " FROM official_requests WHERE id = :id")
                .param("id", id).query(Officials::request).optional();
    }

    public List<MeetingRequest> ofPerson(String person) {
        return jdbc.sql("SELECT " + REQUEST_COLUMNS + " FROM official_requests WHERE person = :p ORDER BY created_at DESC")
                .param("p", person).query(Officials::request).list();
    }

    /** The office's queue: open requests for its officials, oldest first, then the latest decided. */
    public List<MeetingRequest> queue(String department, boolean open) {
        return jdbc.sql("SELECT " + REQUEST_COLUMNS + " FROM official_requests"
                        + " WHERE official_id IN (SELECT id FROM officials WHERE department = :d) AND "
                        + (open ? "status = 'OPEN' ORDER BY created_at" : "status <> 'OPEN' ORDER BY decided_at DESC LIMIT 50"))
                .param("d", department).query(Officials::request).list();
    }

    /** Moves an open request to its decision: false when someone else decided it first. */
    boolean decide(UUID id, MeetingRequest.Status status, @Nullable Long sessionId, @Nullable String reason,
                   @Nullable String referredTo, String by, Instant at) {
        return jdbc.sql("""
                        UPDATE official_requests SET status = :st, session_id = :s, reason = :r, referred_to = :d,
                        decided_by = :by, decided_at = :at WHERE id = :id AND status = 'OPEN'""")
                .param("st", status.name()).param("s", sessionId).param("r", reason).param("d", referredTo)
                .param("by", by).param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    boolean anyFuture(Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM official_sessions WHERE starts_at > :n").param("n", Timestamp.from(now))
                .query(Integer.class).single() > 0;
    }

    private static Session session(ResultSet rs, int n) throws SQLException {
        return new Session(rs.getLong("id"), rs.getString("official_id"), Session.Kind.valueOf(rs.getString("kind")),
                rs.getTimestamp("starts_at").toInstant(), rs.getInt("minutes"), rs.getString("place_ar"),
                rs.getString("place_en"), rs.getObject("meeting_id", UUID.class));
    }

    private static MeetingRequest request(ResultSet rs, int n) throws SQLException {
        var session = rs.getObject("session_id");
        var decided = rs.getTimestamp("decided_at");
        return new MeetingRequest(rs.getObject("id", UUID.class), rs.getString("official_id"), rs.getString("person"),
                rs.getString("requested_by"), rs.getString("subject"), rs.getString("case_reference"),
                MeetingRequest.Mode.valueOf(rs.getString("mode")), MeetingRequest.Status.valueOf(rs.getString("status")),
                session == null ? null : ((Number) session).longValue(), rs.getString("reason"),
                rs.getString("referred_to"), rs.getTimestamp("created_at").toInstant(),
                decided == null ? null : decided.toInstant(), rs.getBoolean("interpreter_asked"),
                rs.getString("interpreter_note"));
    }
}
