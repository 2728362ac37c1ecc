package org.nafitha.cases.internal;

import org.nafitha.identity.Actor;
import org.nafitha.identity.MandateCheck;
import org.nafitha.identity.Mandates;
import org.springframework.stereotype.Component;
import org.nafitha.identity.Role;
import org.nafitha.identity.StaffDirectory;

/**
 * Who may see and act on a case: staff of its department; the person it is for; and whoever
 * submitted it for them only while their mandate for that service still holds.
 */
@Component
class CaseAccess {

    private final Mandates mandates;
    private final StaffDirectory staff;

    CaseAccess(Mandates mandates, StaffDirectory staff) {
        this.mandates = mandates;
        this.staff = staff;
    }

    /**
     * Staff of the department; a case flagged for the women's section only to its staff and to the
     * department's heads, who supervise it.
     */
    boolean visibleTo(Case c, Actor actor) {
        if (actor.isStaff()) return c.department().equals(actor.department()) && (!c.womenSection() || womenSection(actor));
        return applicantSide(c, actor);
    }

    /** Sees the women's section's cases: its staff, and the heads of the department. */
    boolean womenSection(Actor actor) {
        if (actor.isStaff() && actor.has(Role.HEAD)) return true;
        return actor.isStaff() && actor.department() != null && staff.department(actor.department()).stream()
                .anyMatch(m -> m.username().equals(actor.username()) && m.womenSection());
    }

    /** The applicant, or anyone the applicant's mandate for the case's service still empowers. */
    boolean mayCite(Case c, Actor person) {
        if (c.applicant().equals(person.nationalId())) return true;
        return mandates.check(person, c.applicant(), c.serviceCode()) instanceof MandateCheck.Granted;
    }

    /** The applicant, or their representative with a mandate that still holds. */
    boolean applicantSide(Case c, Actor actor) {
        if (c.applicant().equals(actor.nationalId())) return true;
        return c.isApplicant(actor)
                && mandates.check(actor, c.applicant(), c.serviceCode()) instanceof MandateCheck.Granted;
    }
}
