package org.nafitha.cases.internal;

import java.util.List;
import java.util.Optional;

import org.nafitha.cases.CaseReference;
import org.nafitha.country.NationalId;
import org.nafitha.country.NationalIds;
import org.nafitha.identity.AccessibilityNeeds;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.registers.CivilRecord;
import org.nafitha.registers.CivilRegister;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reception at a service centre finds the visitor standing at the counter: their civil-register
 * record, their cases and their accessibility needs. Every look-up lands in the audit trail as a
 * look at that person's data, so the visitor sees it under "who looked at my file". Whether the
 * person has an account is never shown: reception sees the register, not the accounts.
 */
@Service
public class ReceptionDesk {

    private final NationalIds nationalIds;
    private final CivilRegister register;
    private final AccessibilityNeeds needs;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    ReceptionDesk(NationalIds nationalIds, CivilRegister register, AccessibilityNeeds needs, AuditTrail audit,
                  JdbcClient jdbc) {
        this.nationalIds = nationalIds;
        this.register = register;
        this.needs = needs;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    public sealed interface LookUp {
    }

    public record Found(CivilRecord record, List<CaseSummary> cases, List<AccessibilityNeeds.Recorded> needs)
            implements LookUp {
    }

    /** A well-formed number the civil register does not hold. */
    public record NotInRegister(NationalId id) implements LookUp {
    }

    /** Not a national ID of this country at all: {@code country.nationalId.<problem>}. */
    public record Invalid(NationalIds.Problem problem) implements LookUp {
    }

    /** Checks the number as typed (Arabic-Indic and Persian digits too), without reading anything. */
    public NationalIds.Check check(String typed) {
        return nationalIds.check(typed);
    }

    /** The visitor's file at the counter; audited as a look-up whether or not the register holds them. */
    public LookUp lookUp(String typed, Actor reception) {
        requireReception(reception);
        var check = nationalIds.check(typed);
        if (check instanceof NationalIds.Invalid(var problem)) return new Invalid(problem);
        var id = ((NationalIds.Valid) check).id();
        var record = register.find(id);
        audit.recordAlone(new AuditEntry(reception.username(), Role.RECEPTION.name(), "person.lookup", id.value(), null,
                record.isPresent() ? "visitor at the counter" : "visitor at the counter; not in the civil register"));
        if (record.isEmpty()) return new NotInRegister(id);
        return new Found(record.get(), casesOf(id), needs.of(id));
    }

    /** The register's record of the visitor whose form reception fills in (already looked up). */
    public Optional<CivilRecord> record(NationalId visitor) {
        return register.find(visitor);
    }

    /** A case this receptionist entered, for the confirmation page; nobody else's. */
    public Optional<CaseSummary> entered(CaseReference reference, Actor reception) {
        return jdbc.sql(Cases.SUMMARY + "WHERE reference = :ref AND entered_by = :u AND channel = 'RECEPTION'")
                .param("ref", reference.value()).param("u", reception.username())
                .query(Cases::summary)
                .optional();
    }

    /** The cases a person applied for (or were entered for them), newest first. */
    List<CaseSummary> casesOf(NationalId person) {
        return jdbc.sql(Cases.SUMMARY + "WHERE applicant = :nid ORDER BY submitted_at DESC, reference DESC LIMIT 100")
                .param("nid", person.value())
                .query(Cases::summary)
                .list();
    }

    private static void requireReception(Actor actor) {
        if (!actor.has(Role.RECEPTION)) throw new IllegalStateException("only reception looks up visitors");
    }
}
