package org.nafitha.cases.internal;

import org.nafitha.cases.CaseOverviews;
import org.nafitha.cases.CaseParties;
import org.nafitha.cases.CaseReference;
import org.nafitha.identity.Actor;
import org.springframework.stereotype.Component;
import java.util.List;
import java.util.Optional;

@Component
class CasePartiesQuery implements CaseParties, CaseOverviews {

    private final Cases cases;
    private final CaseAccess access;

    CasePartiesQuery(Cases cases, CaseAccess access) {
        this.cases = cases;
        this.access = access;
    }

    @Override
    public boolean onApplicantSide(CaseReference reference, Actor actor) {
        return !actor.isStaff() && cases.find(reference).filter(c -> access.applicantSide(c, actor)).isPresent();
    }

    @Override
    public boolean mayCite(Actor person, CaseReference reference) {
        return !person.isStaff() && person.nationalId() != null
                && cases.find(reference).filter(c -> access.mayCite(c, person)).isPresent();
    }

    @Override
    public Optional<CaseOverview> overview(CaseReference reference) {
        return cases.findWithTimeline(reference).map(f -> new CaseOverview(reference, f.caseFile().serviceCode(),
                f.caseFile().status(), f.caseFile().submittedAt(),
                f.timeline().stream().map(t -> new Step(t.at(), t.action(), t.status())).toList()));
    }

    @Override
    public List<CaseInBrief> ofApplicant(Actor actor) {
        if (actor.isStaff() || actor.nationalId() == null) return List.of();
        return cases.forApplicant(actor.nationalId(), actor.username()).stream()
                .map(c -> new CaseInBrief(c.reference(), c.serviceCode(), c.status(), c.submittedAt(), c.updatedAt()))
                .toList();
    }
}
