package org.nafitha.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.nafitha.identity.Actor;

/**
 * A case in brief for another module's staff page (an official's meeting brief): the service,
 * the current status and the steps so far, without the form's answers or documents.
 */
public interface CaseOverviews {

    record Step(Instant at, String action, String status) {
    }

    record CaseOverview(CaseReference reference, String serviceCode, String status, Instant submittedAt,
                        List<Step> steps) {
    }

    Optional<CaseOverview> overview(CaseReference reference);

    /** A case as its applicant lists it (the portal's dashboard): no answers, no timeline. */
    record CaseInBrief(CaseReference reference, String serviceCode, String status, Instant submittedAt,
                       Instant updatedAt) {
    }

    /** The cases a person applied for or submitted for someone else, the newest first. */
    List<CaseInBrief> ofApplicant(Actor actor);
}
