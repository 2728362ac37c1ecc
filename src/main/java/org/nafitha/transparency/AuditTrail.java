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

    public record RecordedEntry(long id, Instant at, String actor, String actorRole, String action,
                                @Nullable String subject, @Nullable String caseReference,
                                @Nullable String reason, @Nullable String clientAddress) {
    }

    private void append(AuditEntry entry) {
        var at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var client = clientAddress();
        var canonical = String.join("\u001f", at.toString(), entry.actor(), entry.actorRole(), entry.action(),
                nz(entry.subject()), nz(entry.caseReference()), nz(entry.reason()), nz(client));
        jdbc.sql("""
                        INSERT INTO audit_log (recorded_at, actor, actor_role, action, subject, case_reference,
                                               reason, client_address, leaf_hash)
                        VALUES (:at, :actor, :role, :action, :subject, :ref, :reason, :client, :leaf)""")
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
