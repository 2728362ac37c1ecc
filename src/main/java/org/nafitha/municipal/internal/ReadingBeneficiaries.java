package org.nafitha.municipal.internal;

import java.util.Optional;
import java.util.UUID;

import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.stereotype.Service;

/**
 * One beneficiary's record, for whoever may see it: the municipality that filed it (its staff and
 * mukhtars), or the ministry's municipal affairs and the operations room. Another municipality's
 * record is answered as one that does not exist. Every look, and every refused one, is audited.
 */
@Service
public class ReadingBeneficiaries {

    private final Beneficiaries beneficiaries;
    private final MunicipalStaff staff;
    private final AuditTrail audit;

    ReadingBeneficiaries(Beneficiaries beneficiaries, MunicipalStaff staff, AuditTrail audit) {
        this.beneficiaries = beneficiaries;
        this.staff = staff;
        this.audit = audit;
    }

    public Optional<Beneficiaries.Beneficiary> read(Actor actor, UUID id) {
        var found = beneficiaries.find(id).filter(b -> maySee(actor, b));
        var subject = found.map(b -> b.person().nationalId()).orElse(null);
        audit.recordAlone(new AuditEntry(actor.username(), actor.primaryRole().name(),
                found.isPresent() ? "municipal.beneficiary.read" : "municipal.beneficiary.read.refused", subject, null,
                "beneficiary " + id, found.map(Beneficiaries.Beneficiary::municipality).orElse(null)));
        return found;
    }

    private boolean maySee(Actor actor, Beneficiaries.Beneficiary b) {
        if (actor.has(Role.MUNICIPAL_AFFAIRS) || actor.has(Role.OPERATIONS_ROOM)) return true;
        return staff.municipalityOf(actor).filter(b.municipality()::equals).isPresent();
    }
}
