package org.nafitha.identity.internal;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.NationalIds;
import org.nafitha.identity.Actor;
import org.nafitha.registers.CivilRegister;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's owner names and removes the people who act for the company, from the mandates page or
 * the API alike: the representative must be a valid national ID the civil register knows, the company
 * the owner's; each change is in the audit trail.
 */
@Service
public class AppointingRepresentatives {

    public static final String NOT_OWNER = "identity.representatives.notOwner";
    static final String UNKNOWN_PERSON = "identity.mandates.delegate.invalid";

    private final CompanyRepresentatives representatives;
    private final NationalIds nationalIds;
    private final CivilRegister civil;
    private final AuditTrail audit;

    AppointingRepresentatives(CompanyRepresentatives representatives, NationalIds nationalIds, CivilRegister civil,
                              AuditTrail audit) {
        this.representatives = representatives;
        this.nationalIds = nationalIds;
        this.civil = civil;
        this.audit = audit;
    }

    /** What happened: the representative's ID as the register holds it, or the message key of the refusal. */
    public record Outcome(@Nullable String representative, @Nullable String refusal) {
    }

    /**
     * @param representative the ID as typed (Arabic-Indic or Persian digits accepted)
     */
    @Transactional
    public Outcome appoint(Actor actor, String owner, String crNumber, String representative) {
        var check = nationalIds.check(representative);
        if (!(check instanceof NationalIds.Valid valid) || civil.find(valid.id()).isEmpty()) {
            return new Outcome(null, UNKNOWN_PERSON);
        }
        var id = valid.id().value();
        var refusal = representatives.add(owner, crNumber, id);
        if (refusal != null) return new Outcome(null, refusal);
        audit.record(new AuditEntry(actor.username(), "APPLICANT", "identity.representative.add", id, null,
                "company " + crNumber));
        return new Outcome(id, null);
    }

    /** @return false when the company is not the owner's or the person does not represent it now */
    @Transactional
    public boolean dismiss(Actor actor, String owner, String crNumber, String representative) {
        if (!representatives.remove(owner, crNumber, representative)) return false;
        audit.record(new AuditEntry(actor.username(), "APPLICANT", "identity.representative.remove", representative,
                null, "company " + crNumber));
        return true;
    }
}
