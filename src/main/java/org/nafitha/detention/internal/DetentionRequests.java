package org.nafitha.detention.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.nafitha.detention.RequestType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Families' requests as read: the queues staff work through, and the counts the limits are checked
 * against. A request is filed by {@link FiledRequests} and decided by {@link RequestDecisions}.
 */
@Repository
public class DetentionRequests {

    private final JdbcClient jdbc;

    DetentionRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DetentionRequest> find(String reference) {
        return jdbc.sql("SELECT " + DetentionRequestRows.COLUMNS + " FROM detention_requests WHERE reference = :r")
                .param("r", reference).query(DetentionRequestRows::request).optional();
    }

    public Optional<DetentionRequest> byKey(String requester, String key) {
        return jdbc.sql("SELECT " + DetentionRequestRows.COLUMNS + " FROM detention_requests WHERE requester = :p AND idempotency_key = :k")
                .param("p", requester).param("k", key).query(DetentionRequestRows::request).optional();
    }

    public List<DetentionRequest> open(String facility, RequestType type) {
        return jdbc.sql("SELECT " + DetentionRequestRows.COLUMNS + """
                         FROM detention_requests WHERE facility = :f AND type = :t AND status IN ('SUBMITTED', 'PROPOSED')
                        ORDER BY created_at""")
                .param("f", facility).param("t", type.name()).query(DetentionRequestRows::request).list();
    }

    public List<DetentionRequest> by(String requester, UUID detainee) {
        return jdbc.sql("SELECT " + DetentionRequestRows.COLUMNS + " FROM detention_requests WHERE requester = :p AND detainee_id = :d ORDER BY created_at DESC")
                .param("p", requester).param("d", detainee).query(DetentionRequestRows::request).list();
    }

    /** The in-person visits of one day at a facility, booked or approved. */
    public List<DetentionRequest> visitsOn(String facility, LocalDate day) {
        return jdbc.sql("SELECT " + DetentionRequestRows.COLUMNS + """
                         FROM detention_requests WHERE facility = :f AND type = 'VISIT' AND visit_on = :day
                        AND status <> 'REFUSED' ORDER BY created_at""")
                .param("f", facility).param("day", day).query(DetentionRequestRows::request).list();
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

    /** The video visits of one day at a facility that have their time, earliest first. */
    public List<DetentionRequest> videoVisitsOn(String facility, LocalDate day) {
        return jdbc.sql("SELECT " + DetentionRequestRows.COLUMNS + """
                         FROM detention_requests WHERE facility = :f AND type = 'VIDEO_VISIT' AND visit_on = :day
                        AND status = 'APPROVED' AND visit_at IS NOT NULL ORDER BY visit_at""")
                .param("f", facility).param("day", day).query(DetentionRequestRows::request).list();
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
}
