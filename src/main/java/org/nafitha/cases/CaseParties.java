package org.nafitha.cases;

import org.nafitha.identity.Actor;

/**
 * Whether someone stands on the applicant's side of a case: the person it is for, or whoever
 * submitted it for them while their mandate still holds. For modules that hand the applicant
 * something of the case (its issued document) without reading the case itself.
 */
public interface CaseParties {

    boolean onApplicantSide(CaseReference reference, Actor actor);

    /**
     * Whether a person may cite this case in a request of theirs (an appointment, a meeting with an
     * official, a written message): it is their own case, or its applicant gave them a mandate for
     * its service that still holds. Staff cite no case this way. An unknown reference and another
     * person's case answer the same {@code false}, so a citation cannot probe which references exist.
     */
    boolean mayCite(Actor person, CaseReference reference);
}
