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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Municipal affairs' queue of registrations whose mobile is proven, oldest first, filtered by
 * municipality; each verified (the account is created and attached to its municipality) or
 * refused with a reason. A decision is a conditional update: two staff deciding the same
 * registration at once, one of them wins and the other is told it was already decided.
 */
@Service
public class VerifyingRegistrations {

    @Schema(name = "MunicipalRegistration")
    public record Registration(UUID id, String municipality, String role, String position, String officialName,
                               String nationalId, String mobile, String username, UUID decree, String status,
                               @Nullable String refusalReason, Instant registeredAt) {
    }

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

    @Transactional
    public @Nullable MunicipalError verify(Actor actor, UUID id) {
        if (!actor.has(Role.MUNICIPAL_AFFAIRS)) return MunicipalError.NOT_MUNICIPAL_AFFAIRS;
        var r = submitted(id);
        if (r.isEmpty()) return status(id).isPresent() ? MunicipalError.ALREADY_DECIDED : MunicipalError.NOT_FOUND;
        if (decide(actor, id, "VERIFIED", null) == 0) return MunicipalError.ALREADY_DECIDED;
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
                reg.nationalId(), null, "registration " + id + " of " + reg.username(), reg.municipality()));
        return null;
    }

    @Transactional
    public @Nullable MunicipalError refuse(Actor actor, UUID id, @Nullable String reason) {
        if (!actor.has(Role.MUNICIPAL_AFFAIRS)) return MunicipalError.NOT_MUNICIPAL_AFFAIRS;
        if (reason == null || reason.isBlank()) return MunicipalError.REASON_REQUIRED;
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
