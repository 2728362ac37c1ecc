package org.nafitha.detention.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every look at a detainee's file, by a follower or by staff: an entry on the verifiable audit trail
 * and a line on the detainee's own "who looked" list. A refused look is audited too.
 */
@Service
public class Looks {

    public record Look(Instant at, String actor, String actorRole, @Nullable String relation, String channel) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Looks(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void byFollower(Actor actor, Followed f, String channel) {
        record(actor, f.detainee(), f.relation().name(), channel, null);
    }

    @Transactional
    public void byStaff(Actor actor, Detainee d, String channel) {
        record(actor, d, null, channel, actor.department());
    }

    /** A look at a detainee the caller may not follow, or who does not exist: the same answer, audited. */
    public void refused(Actor actor, String asked, String channel) {
        audit.recordAlone(new AuditEntry(actor.username(), actor.primaryRole().name(), "detention.look.refused",
                actor.nationalId(), null, "detainee " + asked + " via " + channel));
    }

    public List<Look> of(UUID detainee) {
        return jdbc.sql("""
                        SELECT looked_at, actor, actor_role, relation, channel FROM detention_looks
                        WHERE detainee_id = :d ORDER BY looked_at DESC, id DESC""")
                .param("d", detainee)
                .query((rs, n) -> new Look(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5))).list();
    }

    private void record(Actor actor, Detainee d, @Nullable String relation, String channel, @Nullable String department) {
        var role = actor.primaryRole().name();
        jdbc.sql("""
                        INSERT INTO detention_looks (detainee_id, looked_at, actor, actor_role, relation, channel)
                        VALUES (:d, :at, :actor, :role, :relation, :channel)""")
                .param("d", d.id()).param("at", Timestamp.from(clock.instant())).param("actor", actor.username())
                .param("role", role).param("relation", relation).param("channel", channel).update();
        audit.record(new AuditEntry(actor.username(), role, "detention.look", d.nationalId().value(), d.fileNumber(),
                relation == null ? "staff" : relation, department));
    }
}
