package org.nafitha.cases.internal;

import org.nafitha.identity.Actor;
import org.nafitha.identity.MandateCheck;
import org.nafitha.identity.Mandates;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on a case: staff of its department; the person it is for; and whoever
 * submitted it for them only while their mandate for that service still holds.
 */
@Component
class CaseAccess {

    private final Mandates mandates;

    CaseAccess(Mandates mandates) {
        this.mandates = mandates;
    }

    boolean visibleTo(Case c, Actor actor) {
        if (actor.isStaff()) return c.department().equals(actor.department());
        return applicantSide(c, actor);
    }

    /** The applicant, or their representative with a mandate that still holds. */
    boolean applicantSide(Case c, Actor actor) {
        if (c.applicant().equals(actor.nationalId())) return true;
        return c.isApplicant(actor)
                && mandates.check(actor, c.applicant(), c.serviceCode()) instanceof MandateCheck.Granted;
    }
}
