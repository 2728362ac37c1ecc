package org.nafitha.identity.internal;

import static org.nafitha.identity.internal.MandateRows.SELECT;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Mandates as rows: who (delegate) may act for whom (principal), in which services, until when; whether one
 * lets someone act is {@link MandateChecks}.
 */
@Service
public class JdbcMandates {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcMandates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Mandates the person holds, by their principals' names. */
    List<Mandate> heldBy(String delegate) {
        return jdbc.sql(SELECT + "WHERE m.delegate = :d ORDER BY p.full_name_ar").param("d", delegate)
                .query(MandateRows::row).list();
    }

    List<Mandate> between(String delegate, String principal) {
        return jdbc.sql(SELECT + "WHERE m.delegate = :d AND m.principal = :p ORDER BY m.created_at DESC")
                .param("d", delegate).param("p", principal).query(MandateRows::row).list();
    }

    /** Mandates where the person is the delegate (received) or the principal (about them). */
    public List<Mandate> received(String nationalId) {
        return jdbc.sql(SELECT + "WHERE m.delegate = :n ORDER BY m.created_at DESC").param("n", nationalId)
                .query(MandateRows::row).list();
    }

    /** Mandates this person granted, themselves or through a company they own. */
    public List<Mandate> given(String nationalId) {
        return jdbc.sql(SELECT + """
                        WHERE m.granted_by = :n OR m.granted_by IN (SELECT cr_number FROM companies WHERE owner = :n)
                        ORDER BY m.created_at DESC""")
                .param("n", nationalId).query(MandateRows::row).list();
    }

    Optional<Mandate> find(UUID id) {
        return jdbc.sql(SELECT + "WHERE m.id = :id").param("id", id).query(MandateRows::row).optional();
    }

    /** Only the grantor (or the owner of the granting company) may revoke; true when it was revoked now. */
    boolean revoke(UUID id, String by) {
        return jdbc.sql("""
                        UPDATE mandates SET revoked_at = :now, revoked_by = :by
                        WHERE id = :id AND revoked_at IS NULL
                          AND (granted_by = :by OR granted_by IN (SELECT cr_number FROM companies WHERE owner = :by))""")
                .param("now", Timestamp.from(clock.instant())).param("by", by).param("id", id)
                .update() == 1;
    }

    void grant(String principal, String delegate, String grantedBy, String basis, List<String> scope,
               Instant validFrom, @Nullable Instant validUntil) {
        grant(principal, delegate, grantedBy, basis, scope, validFrom, validUntil, null);
    }

    /**
     * Gives the mandate once per key: with a key already used, nothing is written.
     *
     * @return whether this call wrote it
     */
    boolean grant(String principal, String delegate, String grantedBy, String basis, List<String> scope,
                  Instant validFrom, @Nullable Instant validUntil, @Nullable String key) {
        // ON CONFLICT: the same request twice at once must not abort the transaction on PostgreSQL
        return jdbc.sql("""
                        INSERT INTO mandates (id, principal, delegate, granted_by, basis, scope, valid_from, valid_until,
                                              created_at, grant_key)
                        VALUES (:id, :p, :d, :g, :basis, :scope, :from, :until, :now, :key)
                        ON CONFLICT DO NOTHING""")
                .param("key", key)
                .param("id", UUID.randomUUID()).param("p", principal).param("d", delegate).param("g", grantedBy)
                .param("basis", basis).param("scope", String.join(",", scope))
                .param("from", Timestamp.from(validFrom))
                .param("until", validUntil == null ? null : Timestamp.from(validUntil))
                .param("now", Timestamp.from(clock.instant()))
                .update() == 1;
    }

    /** The mandate given under this key, if any. */
    Optional<UUID> grantedUnder(String key) {
        return jdbc.sql("SELECT id FROM mandates WHERE grant_key = :k").param("k", key).query(UUID.class).optional();
    }
}
