package org.nafitha.municipal.internal;

import java.util.Optional;
import java.util.UUID;

import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.stereotype.Service;

/**
 * One filed assessment, for whoever may see it: its municipality's staff and mukhtars, or the
 * ministry's municipal affairs and the operations room. Another municipality's record, and anyone's
 * draft, is answered as one that does not exist. Every look, and every refused one, is audited.
 */
@Service
public class ReadingAssessments {

    private final Assessments assessments;
    private final Households households;
    private final MunicipalStaff staff;
    private final AuditTrail audit;

    ReadingAssessments(Assessments assessments, Households households, MunicipalStaff staff, AuditTrail audit) {
        this.assessments = assessments;
        this.households = households;
        this.staff = staff;
        this.audit = audit;
    }

    public Optional<Households.Household> read(Actor actor, UUID id) {
        var found = assessments.find(id).filter(a -> a.status() == Assessments.Status.FILED).filter(a -> maySee(actor, a));
        audit.recordAlone(new AuditEntry(actor.username(), actor.primaryRole().name(),
                found.isPresent() ? "municipal.assessment.read" : "municipal.assessment.read.refused", null, null,
                "assessment " + id, found.map(Assessments.Assessment::municipality).orElse(null)));
        return found.map(households::of);
    }

    private boolean maySee(Actor actor, Assessments.Assessment a) {
        if (actor.has(Role.MUNICIPAL_AFFAIRS) || actor.has(Role.OPERATIONS_ROOM)) return true;
        return staff.municipalityOf(actor).filter(a.municipality()::equals).isPresent();
    }
}
