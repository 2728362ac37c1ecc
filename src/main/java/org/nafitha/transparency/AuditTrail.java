package org.nafitha.transparency;

import io.swagger.v3.oas.annotations.media.Schema;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nafitha.transparency.verifier.AuditLeaf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Appends to the audit trail. Each entry carries its RFC 9162 leaf hash ({@link AuditLeaf}: the
 * fields committed, personal ones salted by the entry's nonce) so the verifiable log is built
 * over the rows as written; the sequencer gives each its place in the tree soon after commit.
 */
@Service
public class AuditTrail {

    /** One generator per thread: a shared SecureRandom serialises concurrent writers on its lock. */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(SecureRandom::new);

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Joins the caller's transaction: no change without its entry, no entry without its change. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        append(entry);
    }

    /**
     * For events with no business transaction of their own (sign-ins, reads): the entry's one
     * INSERT is atomic by itself, so outside a transaction it commits alone (one round trip, no
     * BEGIN and COMMIT around it); inside one it joins it, as {@link #record} does.
     */
    public void recordAlone(AuditEntry entry) {
        append(entry);
    }

    private static final String ENTRY_COLUMNS =
            "id, recorded_at, actor, actor_role, action, subject, case_reference, reason, client_address, department";

    public List<RecordedEntry> forCase(String caseReference) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM audit_log WHERE case_reference = :ref ORDER BY id")
                .param("ref", caseReference).query(AuditTrail::entry).list();
    }

    /** What inspectors search by; blank criteria are ignored. */
    public record Search(@Nullable String subject, @Nullable String caseReference, @Nullable String actor,
                         @Nullable String action, @Nullable Instant from, @Nullable Instant to) {
    }

    /** Newest first, at most {@code limit}. */
    public List<RecordedEntry> search(Search search, int limit) {
        var sql = new StringBuilder("SELECT " + ENTRY_COLUMNS + " FROM audit_log WHERE 1 = 1");
        var params = new HashMap<String, Object>();
        if (search.subject() != null && !search.subject().isBlank()) {
            sql.append(" AND subject = :subject");
            params.put("subject", search.subject().strip());
        }
        if (search.caseReference() != null && !search.caseReference().isBlank()) {
            sql.append(" AND case_reference = :ref");
            params.put("ref", search.caseReference().strip());
        }
        if (search.actor() != null && !search.actor().isBlank()) {
            sql.append(" AND actor = :actor");
            params.put("actor", search.actor().strip());
        }
        if (search.action() != null && !search.action().isBlank()) {
            sql.append(" AND action LIKE :action");
            params.put("action", search.action().strip() + "%");
        }
        if (search.from() != null) {
            sql.append(" AND recorded_at >= :from");
            params.put("from", Timestamp.from(search.from()));
        }
        if (search.to() != null) {
            sql.append(" AND recorded_at < :to");
            params.put("to", Timestamp.from(search.to()));
        }
        sql.append(" ORDER BY id DESC LIMIT ").append(Math.max(1, Math.min(limit, 1000)));
        return jdbc.sql(sql.toString()).params(params).query(AuditTrail::entry).list();
    }

    /** The entries with these ids, in order: the evidence of an alert. */
    public List<RecordedEntry> byIds(List<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM audit_log WHERE id IN (:ids) ORDER BY id")
                .param("ids", ids).query(AuditTrail::entry).list();
    }

    /** Every entry recorded in [from, to), oldest first: what the anomaly rules read. */
    public List<RecordedEntry> between(Instant from, Instant to) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM audit_log WHERE recorded_at >= :f AND recorded_at < :t ORDER BY id")
                .param("f", Timestamp.from(from)).param("t", Timestamp.from(to))
                .query(AuditTrail::entry).list();
    }

    private static RecordedEntry entry(ResultSet rs, int row) throws SQLException {
        return new RecordedEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));
    }

    /** A staff member's look at a person's data, as that person sees it. */
    public record Access(long id, Instant at, String actor, String actorRole, @Nullable String department, String action,
                         @Nullable String caseReference, @Nullable String reason) {
    }

    /** The looks at a person's data that the person is shown: staff and inspectors alike. */
    static final String LOOKS = "'case.read', 'document.read', 'person.lookup', 'oversight.search', 'oversight.case-replay'";

    /** Every staff or inspector look at this person's cases, documents and records, newest first. */
    public List<Access> accessesTo(String subject) {
        return jdbc.sql("""
                        SELECT id, recorded_at, actor_role, department, action, case_reference, reason, actor FROM audit_log
                        WHERE subject = :s AND action IN (""" + LOOKS + ") ORDER BY id DESC")
                .param("s", subject)
                .query((rs, n) -> new Access(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(8), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    /**
     * A person questions a look at their data; it waits for the inspectors. Only the person the
     * entry is about may ask, once per entry. @return false when not theirs or already asked
     */
    @Transactional
    public boolean question(long auditId, String askedBy, String question) {
        var theirs = jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE id = :id AND subject = :s AND action IN (" + LOOKS + ")")
                .param("id", auditId).param("s", askedBy).query(Long.class).single() == 1;
        if (!theirs) return false;
        // ON CONFLICT: a second ask of the same entry must not abort the transaction on PostgreSQL.
        var asked = jdbc.sql("""
                        INSERT INTO access_questions (id, audit_id, asked_by, question, asked_at, status)
                        VALUES (:id, :audit, :by, :q, :at, 'OPEN')
                        ON CONFLICT DO NOTHING""")
                .param("id", UUID.randomUUID()).param("audit", auditId).param("by", askedBy)
                .param("q", question.strip()).param("at", Timestamp.from(clock.instant()))
                .update() == 1;
        if (!asked) return false;
        append(new AuditEntry(askedBy, "APPLICANT", "transparency.access.question", askedBy, null, "entry " + auditId));
        return true;
    }

    /** A person's question about a look at their data, as inspectors see it. */
    @Schema(name = "AuditQuestion")
    public record Question(UUID id, long auditId, String askedBy, String question, Instant askedAt,
                           String status) {
    }

    /** Questions from the people whose data was looked at, newest first. */
    public List<Question> questions() {
        return jdbc.sql("SELECT id, audit_id, asked_by, question, asked_at, status FROM access_questions ORDER BY asked_at DESC LIMIT 200")
                .query((rs, n) -> new Question(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6)))
                .list();
    }

    /** The entries this person already questioned. */
    public Set<Long> questioned(String askedBy) {
        return new HashSet<>(jdbc.sql("SELECT audit_id FROM access_questions WHERE asked_by = :b")
                .param("b", askedBy).query(Long.class).list());
    }

    public record RecordedEntry(long id, Instant at, String actor, String actorRole, String action,
                                @Nullable String subject, @Nullable String caseReference,
                                @Nullable String reason, @Nullable String clientAddress,
                                @Nullable String department) {
    }

    private void append(AuditEntry entry) {
        var at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var client = clientAddress();
        var nonce = new byte[16];
        RANDOM.get().nextBytes(nonce);
        var nonceHex = HexFormat.of().formatHex(nonce);
        var values = AuditLeaf.values(at.toString(), entry.actor(), entry.actorRole(), entry.action(), entry.subject(),
                entry.caseReference(), entry.reason(), client, entry.department());
        var leaf = HexFormat.of().formatHex(AuditLeaf.leafHash(nonceHex, values, Map.of()));
        jdbc.sql("""
                        INSERT INTO audit_log (recorded_at, actor, actor_role, action, subject, case_reference,
                                               reason, client_address, leaf_hash, department, nonce)
                        VALUES (:at, :actor, :role, :action, :subject, :ref, :reason, :client, :leaf, :dept, :nonce)""")
                .param("dept", entry.department())
                .param("at", Timestamp.from(at))
                .param("actor", entry.actor())
                .param("role", entry.actorRole())
                .param("action", entry.action())
                .param("subject", entry.subject())
                .param("ref", entry.caseReference())
                .param("reason", entry.reason())
                .param("client", client)
                .param("leaf", leaf)
                .param("nonce", nonceHex)
                .update();
    }

    private static @Nullable String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs
                ? attrs.getRequest().getRemoteAddr()
                : null;
    }
}
