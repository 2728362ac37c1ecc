package org.nafitha.detention.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.detention.Occasion;
import org.nafitha.detention.Relation;
import org.nafitha.detention.RequestStatus;
import org.nafitha.detention.RequestType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Families' requests: the queues staff work through, and the counts the limits are checked against. */
@Repository
public class DetentionRequests {

    private static final String COLUMNS = """
            id, reference, detainee_id, facility, requester, relation, type, status, visit_on, details, occasion,
            amount_minor, document_name, proposed_by, proposed_reason, decided_by, decided_reason, created_at, version,
            credited_at, visit_at, visit_minutes, interpreter_asked, interpreter_note""";

    private final JdbcClient jdbc;

    DetentionRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DetentionRequest> find(String reference) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM detention_requests WHERE reference = :r")
                .param("r", reference).query(DetentionRequests::request).optional();
    }

    public Optional<DetentionRequest> byKey(String requester, String key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM detention_requests WHERE requester = :p AND idempotency_key = :k")
                .param("p", requester).param("k", key).query(DetentionRequests::request).optional();
    }

    public List<DetentionRequest> open(String facility, RequestType type) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM detention_requests WHERE facility = :f AND type = :t AND status IN ('SUBMITTED', 'PROPOSED')
                        ORDER BY created_at""")
                .param("f", facility).param("t", type.name()).query(DetentionRequests::request).list();
    }

    public List<DetentionRequest> by(String requester, UUID detainee) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM detention_requests WHERE requester = :p AND detainee_id = :d ORDER BY created_at DESC")
                .param("p", requester).param("d", detainee).query(DetentionRequests::request).list();
    }

    /** The in-person visits of one day at a facility, booked or approved. */
    public List<DetentionRequest> visitsOn(String facility, LocalDate day) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM detention_requests WHERE facility = :f AND type = 'VISIT' AND visit_on = :day
                        AND status <> 'REFUSED' ORDER BY created_at""")
                .param("f", facility).param("day", day).query(DetentionRequests::request).list();
    }

    /** In-person visits of the month that count against the quota: every one not refused. */
    public int visitsIn(UUID detainee, YearMonth month) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM detention_requests WHERE detainee_id = :d AND type = 'VISIT'
                        AND status <> 'REFUSED' AND visit_on BETWEEN :from AND :to""")
                .param("d", detainee).param("from", month.atDay(1)).param("to", month.atEndOfMonth())
                .query(Integer.class).single();
    }

    /** Deposits of the month not refused, in minor units. */
    public long depositsIn(UUID detainee, YearMonth month, ZoneId zone) {
        return jdbc.sql("""
                        SELECT COALESCE(SUM(amount_minor), 0) FROM detention_requests WHERE detainee_id = :d
                        AND type = 'DEPOSIT' AND status <> 'REFUSED' AND created_at >= :from AND created_at < :to""")
                .param("d", detainee)
                .param("from", Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant()))
                .param("to", Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()))
                .query(Long.class).single();
    }

    /** What a family asks; the document's bytes are kept with the request for staff to open. */
    public record NewRequest(String reference, UUID detainee, String facility, String requester, Relation relation,
                             RequestType type, @Nullable LocalDate visitOn, @Nullable String details,
                             @Nullable Occasion occasion, @Nullable Long amountMinor, @Nullable String documentName,
                             byte @Nullable [] document, String key, Instant at, boolean interpreter,
                             @Nullable String interpreterNote) {
    }

    /**
     * False when the requester already used this idempotency key: the unique constraint settles a
     * double submission, so the second caller reads back the first one's request.
     */
    public boolean insert(NewRequest r) {
        return jdbc.sql("""
                        INSERT INTO detention_requests (id, reference, detainee_id, facility, requester, relation, type,
                            status, visit_on, details, occasion, amount_minor, document_name, document, idempotency_key,
                            created_at, version, interpreter_asked, interpreter_note)
                        VALUES (:id, :reference, :detainee, :facility, :requester, :relation, :type, 'SUBMITTED',
                            :visitOn, :details, :occasion, :amount, :documentName, :document, :key, :at, 0,
                            :interpreter, :interpreterNote)
                        ON CONFLICT DO NOTHING""")
                .param("id", UUID.randomUUID()).param("reference", r.reference()).param("detainee", r.detainee())
                .param("facility", r.facility()).param("requester", r.requester()).param("relation", r.relation().name())
                .param("type", r.type().name()).param("visitOn", r.visitOn()).param("details", r.details())
                .param("occasion", r.occasion() == null ? null : r.occasion().name()).param("amount", r.amountMinor())
                .param("documentName", r.documentName()).param("document", r.document()).param("key", r.key())
                .param("at", Timestamp.from(r.at())).param("interpreter", r.interpreter())
                .param("interpreterNote", r.interpreterNote()).update() == 1;
    }

    /** Conditional on the version the decision was taken on: a concurrent decision wins, this one does not. */
    public boolean move(DetentionRequest r, RequestStatus to, String by, @Nullable String reason, Instant at) {
        var proposal = to == RequestStatus.PROPOSED;
        return jdbc.sql(proposal ? """
                        UPDATE detention_requests SET status = :to, proposed_by = :by, proposed_reason = :reason,
                               version = version + 1 WHERE id = :id AND version = :version""" : """
                        UPDATE detention_requests SET status = :to, decided_by = :by, decided_reason = :reason,
                               decided_at = :at, version = version + 1 WHERE id = :id AND version = :version""")
                .param("to", to.name()).param("by", by).param("reason", reason).param("id", r.id())
                .param("version", r.version()).param("at", Timestamp.from(at)).update() == 1;
    }

    /** Approves a video visit with its time, conditional on the version as {@link #move} is. */
    public boolean schedule(DetentionRequest r, String by, @Nullable String reason, Instant at, Instant visitAt, int minutes) {
        return jdbc.sql("""
                        UPDATE detention_requests SET status = 'APPROVED', decided_by = :by, decided_reason = :reason,
                               decided_at = :at, visit_at = :visitAt, visit_minutes = :minutes, version = version + 1
                        WHERE id = :id AND version = :version AND type = 'VIDEO_VISIT'""")
                .param("by", by).param("reason", reason).param("at", Timestamp.from(at))
                .param("visitAt", Timestamp.from(visitAt)).param("minutes", minutes).param("id", r.id())
                .param("version", r.version()).update() == 1;
    }

    /** The video visits of one day at a facility that have their time, earliest first. */
    public List<DetentionRequest> videoVisitsOn(String facility, LocalDate day) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM detention_requests WHERE facility = :f AND type = 'VIDEO_VISIT' AND visit_on = :day
                        AND status = 'APPROVED' AND visit_at IS NOT NULL ORDER BY visit_at""")
                .param("f", facility).param("day", day).query(DetentionRequests::request).list();
    }

    /** An approved deposit paid by the family: credited once, whatever the retries. */
    public boolean credit(String reference, Instant at) {
        return jdbc.sql("""
                        UPDATE detention_requests SET credited_at = :at
                        WHERE reference = :r AND type = 'DEPOSIT' AND status = 'APPROVED' AND credited_at IS NULL""")
                .param("r", reference).param("at", Timestamp.from(at)).update() == 1;
    }

    /** The supporting document's bytes, kept with the request. */
    public Optional<byte[]> document(String reference) {
        return jdbc.sql("SELECT document FROM detention_requests WHERE reference = :r AND document IS NOT NULL")
                .param("r", reference).query((rs, n) -> rs.getBytes(1)).optional();
    }

    public long nextNumber() {
        return jdbc.sql("SELECT nextval('detention_request_seq')").query(Long.class).single();
    }

    private static DetentionRequest request(ResultSet rs, int n) throws SQLException {
        var amount = rs.getObject("amount_minor", Long.class);
        var occasion = rs.getString("occasion");
        return new DetentionRequest(rs.getObject("id", UUID.class), rs.getString("reference"),
                rs.getObject("detainee_id", UUID.class), rs.getString("facility"), rs.getString("requester"),
                Relation.valueOf(rs.getString("relation")), RequestType.valueOf(rs.getString("type")),
                RequestStatus.valueOf(rs.getString("status")), rs.getObject("visit_on", LocalDate.class),
                rs.getString("details"), occasion == null ? null : Occasion.valueOf(occasion), amount,
                rs.getString("document_name"), rs.getString("proposed_by"), rs.getString("proposed_reason"),
                rs.getString("decided_by"), rs.getString("decided_reason"),
                rs.getTimestamp("created_at").toInstant(), rs.getInt("version"),
                instant(rs.getTimestamp("credited_at")), instant(rs.getTimestamp("visit_at")),
                rs.getObject("visit_minutes", Integer.class), rs.getBoolean("interpreter_asked"),
                rs.getString("interpreter_note"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
