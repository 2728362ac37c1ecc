package org.nafitha.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.identity.MandateCheck;
import org.nafitha.identity.Mandates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.stream.Stream;
import org.nafitha.catalogue.Catalogue;

/** Mandates as rows: who (delegate) may act for whom (principal), in which services, until when. */
@Service
public class JdbcMandates implements Mandates {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ImpliedMandates implied;
    private final Catalogue catalogue;

    JdbcMandates(JdbcClient jdbc, Clock clock, ImpliedMandates implied, Catalogue catalogue) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.implied = implied;
        this.catalogue = catalogue;
    }

    private String sectorOf(String serviceCode) {
        return catalogue.find(serviceCode).map(s -> s.sector()).orElse("");
    }

    public record Mandate(UUID id, String principal, String delegate, String grantedBy, String basis, List<String> scope,
                   Instant validFrom, @Nullable Instant validUntil, @Nullable Instant revokedAt,
                   String principalNameAr, String principalNameEn, String delegateNameAr, String delegateNameEn) {

        boolean covers(String serviceCode) {
            return scope.contains(serviceCode);
        }
    }

    private static final String SELECT = """
            SELECT m.id, m.principal, m.delegate, m.granted_by, m.basis, m.scope, m.valid_from, m.valid_until, m.revoked_at,
                   p.full_name_ar, p.full_name_en, d.full_name_ar, d.full_name_en
            FROM mandates m
            JOIN civil_register p ON p.national_id = m.principal
            JOIN civil_register d ON d.national_id = m.delegate
            """;

    @Override
    public MandateCheck check(Actor actor, String principal, String serviceCode) {
        if (principal.equals(actor.nationalId())) return new MandateCheck.Self();
        if (actor.nationalId() == null) return new MandateCheck.Refused(MandateCheck.Reason.NONE);
        var candidates = between(actor.nationalId(), principal);
        var relations = implied.between(actor.nationalId(), principal);
        var now = clock.instant();
        var usable = candidates.stream().filter(m -> usable(m, now)).toList();
        var inScope = usable.stream().filter(m -> m.covers(serviceCode)).findFirst();
        if (inScope.isPresent()) return new MandateCheck.Granted(inScope.get().id(), inScope.get().basis());
        var sector = sectorOf(serviceCode);
        var relation = relations.stream().filter(r -> r.covers(sector)).findFirst();
        if (relation.isPresent()) {
            return new MandateCheck.Granted(relation.get().id(actor.nationalId()), relation.get().basis());
        }
        if (!usable.isEmpty() || relations.stream().anyMatch(r -> !r.ended())) {
            return new MandateCheck.Refused(MandateCheck.Reason.OUT_OF_SCOPE);
        }
        if (candidates.stream().anyMatch(m -> m.revokedAt() != null) || relations.stream().anyMatch(r -> r.ended())) {
            return new MandateCheck.Refused(MandateCheck.Reason.REVOKED);
        }
        return new MandateCheck.Refused(candidates.isEmpty() ? MandateCheck.Reason.NONE : MandateCheck.Reason.EXPIRED);
    }

    @Override
    public List<Represented> representedBy(Actor actor, String serviceCode) {
        if (actor.nationalId() == null) return List.of();
        var now = clock.instant();
        var sector = sectorOf(serviceCode);
        var explicit = jdbc.sql(SELECT + "WHERE m.delegate = :d ORDER BY p.full_name_ar").param("d", actor.nationalId())
                .query(JdbcMandates::row).list().stream()
                .filter(m -> usable(m, now) && m.covers(serviceCode))
                .map(m -> new Represented(m.principal(), m.principalNameAr(), m.principalNameEn(), m.basis()));
        var fromRegisters = implied.of(actor.nationalId()).stream().filter(r -> r.covers(sector))
                .map(r -> new Represented(r.principal(), r.nameAr(), r.nameEn(), r.basis()));
        var seen = new HashSet<String>();
        return Stream.concat(explicit, fromRegisters).filter(r -> seen.add(r.nationalId())).toList();
    }

    List<Mandate> between(String delegate, String principal) {
        return jdbc.sql(SELECT + "WHERE m.delegate = :d AND m.principal = :p ORDER BY m.created_at DESC")
                .param("d", delegate).param("p", principal).query(JdbcMandates::row).list();
    }

    /** Mandates where the person is the delegate (received) or the principal (about them). */
    public List<Mandate> received(String nationalId) {
        return jdbc.sql(SELECT + "WHERE m.delegate = :n ORDER BY m.created_at DESC").param("n", nationalId)
                .query(JdbcMandates::row).list();
    }

    /** Mandates this person granted, themselves or through a company they own. */
    public List<Mandate> given(String nationalId) {
        return jdbc.sql(SELECT + """
                        WHERE m.granted_by = :n OR m.granted_by IN (SELECT cr_number FROM companies WHERE owner = :n)
                        ORDER BY m.created_at DESC""")
                .param("n", nationalId).query(JdbcMandates::row).list();
    }

    Optional<Mandate> find(UUID id) {
        return jdbc.sql(SELECT + "WHERE m.id = :id").param("id", id).query(JdbcMandates::row).optional();
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

    private static boolean usable(Mandate m, Instant now) {
        return m.revokedAt() == null && !m.validFrom().isAfter(now) && (m.validUntil() == null || m.validUntil().isAfter(now));
    }

    private static Mandate row(ResultSet rs, int n) throws SQLException {
        var until = rs.getTimestamp(8);
        var revoked = rs.getTimestamp(9);
        return new Mandate(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), Arrays.asList(rs.getString(6).split(",")), rs.getTimestamp(7).toInstant(),
                until == null ? null : until.toInstant(), revoked == null ? null : revoked.toInstant(),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13));
    }
}
