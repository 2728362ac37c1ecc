package org.nafitha.transparency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to the audit trail. Each entry carries its RFC 9162 leaf hash
 * (SHA-256 over 0x00 and the entry's canonical bytes) so the verifiable Merkle log can be built
 * over the same rows without rewriting them.
 */
@Service
public class AuditTrail {

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

    /** For events with no business transaction of their own (sign-ins, reads). */
    @Transactional
    public void recordAlone(AuditEntry entry) {
        append(entry);
    }

    public List<RecordedEntry> forCase(String caseReference) {
        return jdbc.sql("""
                        SELECT id, recorded_at, actor, actor_role, action, subject, case_reference, reason, client_address
                        FROM audit_log WHERE case_reference = :ref ORDER BY id""")
                .param("ref", caseReference)
                .query((rs, n) -> new RecordedEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9)))
                .list();
    }

    /** A staff member's look at a person's data, as that person sees it. */
    public record Access(long id, Instant at, String actorRole, @Nullable String department, String action,
                         @Nullable String caseReference, @Nullable String reason) {
    }

    /** Every staff read of this person's cases and documents, newest first. */
    public List<Access> accessesTo(String subject) {
        return jdbc.sql("""
                        SELECT id, recorded_at, actor_role, department, action, case_reference, reason FROM audit_log
                        WHERE subject = :s AND action IN ('case.read', 'document.read') ORDER BY id DESC""")
                .param("s", subject)
                .query((rs, n) -> new Access(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    /**
     * A person questions a look at their data; it waits for the inspectors. Only the person the
     * entry is about may ask, once per entry. @return false when not theirs or already asked
     */
    @Transactional
    public boolean question(long auditId, String askedBy, String question) {
        var theirs = jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE id = :id AND subject = :s AND action IN ('case.read', 'document.read')")
                .param("id", auditId).param("s", askedBy).query(Long.class).single() == 1;
        if (!theirs) return false;
        try {
            jdbc.sql("""
                            INSERT INTO access_questions (id, audit_id, asked_by, question, asked_at, status)
                            VALUES (:id, :audit, :by, :q, :at, 'OPEN')""")
                    .param("id", java.util.UUID.randomUUID()).param("audit", auditId).param("by", askedBy)
                    .param("q", question.strip()).param("at", java.sql.Timestamp.from(clock.instant()))
                    .update();
        } catch (org.springframework.dao.DuplicateKeyException alreadyAsked) {
            return false;
        }
        append(new AuditEntry(askedBy, "APPLICANT", "transparency.access.question", askedBy, null, "entry " + auditId));
        return true;
    }

    /** The entries this person already questioned. */
    public java.util.Set<Long> questioned(String askedBy) {
        return new java.util.HashSet<>(jdbc.sql("SELECT audit_id FROM access_questions WHERE asked_by = :b")
                .param("b", askedBy).query(Long.class).list());
    }

    public record RecordedEntry(long id, Instant at, String actor, String actorRole, String action,
                                @Nullable String subject, @Nullable String caseReference,
                                @Nullable String reason, @Nullable String clientAddress) {
    }

    private void append(AuditEntry entry) {
        var at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var client = clientAddress();
        var canonical = String.join("\u001f", at.toString(), entry.actor(), entry.actorRole(), entry.action(),
                nz(entry.subject()), nz(entry.caseReference()), nz(entry.reason()), nz(client), nz(entry.department()));
        jdbc.sql("""
                        INSERT INTO audit_log (recorded_at, actor, actor_role, action, subject, case_reference,
                                               reason, client_address, leaf_hash, department)
                        VALUES (:at, :actor, :role, :action, :subject, :ref, :reason, :client, :leaf, :dept)""")
                .param("dept", entry.department())
                .param("at", java.sql.Timestamp.from(at))
                .param("actor", entry.actor())
                .param("role", entry.actorRole())
                .param("action", entry.action())
                .param("subject", entry.subject())
                .param("ref", entry.caseReference())
                .param("reason", entry.reason())
                .param("client", client)
                .param("leaf", leafHash(canonical))
                .update();
    }

    static String leafHash(String canonical) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            sha.update((byte) 0x00);
            sha.update(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static @Nullable String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs
                ? attrs.getRequest().getRemoteAddr()
                : null;
    }
}
