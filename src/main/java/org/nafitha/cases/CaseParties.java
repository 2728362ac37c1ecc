package org.nafitha.cases;

import org.nafitha.identity.Actor;

/**
 * Whether someone stands on the applicant's side of a case: the person it is for, or whoever
 * submitted it for them while their mandate still holds. For modules that hand the applicant
 * something of the case (its issued document) without reading the case itself.
 */
public interface CaseParties {

    boolean onApplicantSide(CaseReference reference, Actor actor);
}
