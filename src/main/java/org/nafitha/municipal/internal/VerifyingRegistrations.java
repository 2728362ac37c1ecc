package org.nafitha.municipal.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.identity.StaffEnrolment;
import org.nafitha.municipal.MunicipalError;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Municipal affairs' queue of registrations whose mobile is proven, oldest first, filtered by
 * municipality; each verified with four eyes (one member of municipal affairs proposes, another
 * confirms, and only then is the account created and attached to its municipality) or refused
 * with a reason by one. A decision is a conditional update: two staff deciding the same
 * registration at once, one of them wins and the other is told it was already decided.
 */
@Service
public class VerifyingRegistrations {

    @Schema(name = "MunicipalRegistration")
    public record Registration(UUID id, String municipality, String role, String position, String officialName,
                               String nationalId, String mobile, String username, UUID decree, String status,
                               @Nullable String refusalReason, Instant registeredAt) {
    }

    static final int MAX_REASON = 1000;

    private final JdbcClient jdbc;
    private final StaffEnrolment enrolment;
    private final MunicipalStaff staff;
    private final AuditTrail audit;
    private final Clock clock;

    VerifyingRegistrations(JdbcClient jdbc, StaffEnrolment enrolment, MunicipalStaff staff, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.enrolment = enrolment;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Registration> queue(@Nullable String municipality, int limit) {
        return jdbc.sql("""
                        SELECT id, municipality, role, position, official_name, national_id, mobile, username, decree_document,
                               status, refusal_reason, registered_at
                        FROM municipal_registrations
                        WHERE status = 'SUBMITTED' AND (CAST(:m AS VARCHAR(40)) IS NULL OR municipality = :m)
                        ORDER BY registered_at, id FETCH FIRST :limit ROWS ONLY""")
                .param("m", municipality).param("limit", limit).query((rs, n) -> new Registration(
                        rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, UUID.class), rs.getString(10),
                        rs.getString(11), rs.getTimestamp(12).toInstant())).list();
    }

    public Optional<String> status(UUID id) {
        return jdbc.sql("SELECT status FROM municipal_registrations WHERE id = :id").param("id", id).query(String.class).optional();
    }

    /** What a verification did: proposed it (a second person must confirm) or verified it, else why not. */
    public record Decision(@Nullable Step step, @Nullable MunicipalError refused) {
        static Decision refusedFor(MunicipalError error) {
            return new Decision(null, error);
        }
    }

    public enum Step { PROPOSED, VERIFIED }

    /**
     * The API's one call: the first member of municipal affairs proposes, a second, different one
     * confirms (and the account is created); the proposer calling again is told four eyes are needed.
     */
    @Transactional
    public Decision verify(Actor actor, UUID id) {
        if (!actor.has(Role.MUNICIPAL_AFFAIRS)) return Decision.refusedFor(MunicipalError.NOT_MUNICIPAL_AFFAIRS);
        if (proposer(id).isEmpty()) {
            var refused = propose(actor, id, UUID.randomUUID());
            return refused == null ? new Decision(Step.PROPOSED, null) : Decision.refusedFor(refused);
        }
        var refused = confirm(actor, id);
        return refused == null ? new Decision(Step.VERIFIED, null) : Decision.refusedFor(refused);
    }

    /** Proposes the registration verified, in {@code batch}; no account yet. */
    @Transactional
    public @Nullable MunicipalError propose(Actor actor, UUID id, UUID batch) {
        if (!actor.has(Role.MUNICIPAL_AFFAIRS)) return MunicipalError.NOT_MUNICIPAL_AFFAIRS;
        var r = submitted(id);
        if (r.isEmpty()) return status(id).isPresent() ? MunicipalError.ALREADY_DECIDED : MunicipalError.NOT_FOUND;
        int inserted;
        try {
            inserted = jdbc.sql("""
                            INSERT INTO municipal_registration_proposals (registration_id, batch_id, proposed_by, proposed_at)
                            SELECT :id, :batch, :by, :at WHERE NOT EXISTS
                                (SELECT 1 FROM municipal_registration_proposals WHERE registration_id = :id)""")
                    .param("id", id).param("batch", batch).param("by", actor.username())
                    .param("at", Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException proposedMeanwhile) {
            inserted = 0;
        }
        if (inserted == 0) return MunicipalError.ALREADY_PROPOSED;
        audit.record(new AuditEntry(actor.username(), actor.primaryRole().name(), "municipal.registration.propose",
                r.get().nationalId(), null, "registration " + id + " of " + r.get().username(), r.get().municipality()));
        return null;
    }

    /**
     * A second, different member of municipal affairs confirms a proposal: the registration is
     * verified by a conditional update (so of two confirming at once one wins) and the account created.
     */
    @Transactional
    public @Nullable MunicipalError confirm(Actor actor, UUID id) {
        if (!actor.has(Role.MUNICIPAL_AFFAIRS)) return MunicipalError.NOT_MUNICIPAL_AFFAIRS;
        var r = submitted(id);
        if (r.isEmpty()) return status(id).isPresent() ? MunicipalError.ALREADY_DECIDED : MunicipalError.NOT_FOUND;
        var proposer = proposer(id);
        if (proposer.isEmpty()) return MunicipalError.NOT_PROPOSED;
        if (proposer.get().equals(actor.username())) return MunicipalError.FOUR_EYES;
        var verified = jdbc.sql("""
                        UPDATE municipal_registrations SET status = 'VERIFIED', decided_by = :by, decided_at = :at
                        WHERE id = :id AND status = 'SUBMITTED' AND EXISTS (SELECT 1 FROM municipal_registration_proposals p
                            WHERE p.registration_id = :id AND p.proposed_by <> :by)""")
                .param("by", actor.username()).param("at", Timestamp.from(clock.instant())).param("id", id).update();
        if (verified == 0) return MunicipalError.ALREADY_DECIDED;
        var reg = r.get();
        var hash = jdbc.sql("SELECT password_hash FROM municipal_registrations WHERE id = :id").param("id", id)
                .query(String.class).single();
        if (!enrolment.enrol(reg.username(), reg.officialName(), reg.officialName(), Role.valueOf(reg.role()), "municipal",
                reg.mobile(), hash)) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return MunicipalError.USERNAME_TAKEN;
        }
        staff.attach(reg.username(), reg.municipality(),
                "MUKHTAR".equals(reg.role()) ? MunicipalStaff.Position.MUKHTAR : MunicipalStaff.Position.STAFF);
        audit.record(new AuditEntry(actor.username(), actor.primaryRole().name(), "municipal.registration.verify",
                reg.nationalId(), null, "registration " + id + " of " + reg.username() + ", proposed by " + proposer.get(),
                reg.municipality()));
        return null;
    }

    /** Who proposed the registration verified, if anyone has. */
    public Optional<String> proposer(UUID id) {
        return jdbc.sql("SELECT proposed_by FROM municipal_registration_proposals WHERE registration_id = :id")
                .param("id", id).query(String.class).optional();
    }

    @Transactional
    public @Nullable MunicipalError refuse(Actor actor, UUID id, @Nullable String reason) {
        if (!actor.has(Role.MUNICIPAL_AFFAIRS)) return MunicipalError.NOT_MUNICIPAL_AFFAIRS;
        if (reason == null || reason.isBlank()) return MunicipalError.REASON_REQUIRED;
        if (reason.strip().length() > MAX_REASON) return MunicipalError.REASON_TOO_LONG;
        var r = submitted(id);
        if (r.isEmpty()) return status(id).isPresent() ? MunicipalError.ALREADY_DECIDED : MunicipalError.NOT_FOUND;
        if (decide(actor, id, "REFUSED", reason.strip()) == 0) return MunicipalError.ALREADY_DECIDED;
        audit.record(new AuditEntry(actor.username(), actor.primaryRole().name(), "municipal.registration.refuse",
                r.get().nationalId(), null, reason.strip(), r.get().municipality()));
        return null;
    }

    private Optional<Registration> submitted(UUID id) {
        return jdbc.sql("""
                        SELECT id, municipality, role, position, official_name, national_id, mobile, username, decree_document,
                               status, refusal_reason, registered_at
                        FROM municipal_registrations WHERE id = :id AND status = 'SUBMITTED'""")
                .param("id", id).query((rs, n) -> new Registration(
                        rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, UUID.class), rs.getString(10),
                        rs.getString(11), rs.getTimestamp(12).toInstant())).optional();
    }

    private int decide(Actor actor, UUID id, String status, @Nullable String reason) {
        return jdbc.sql("""
                        UPDATE municipal_registrations SET status = :s, refusal_reason = :r, decided_by = :by, decided_at = :at
                        WHERE id = :id AND status = 'SUBMITTED'""")
                .param("s", status).param("r", reason).param("by", actor.username())
                .param("at", Timestamp.from(clock.instant())).param("id", id).update();
    }
}
