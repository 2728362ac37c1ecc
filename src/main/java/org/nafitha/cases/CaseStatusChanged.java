package org.nafitha.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A case moved along its workflow. {@code note} is the reason or question in the actor's words, if
 * the step needed one, and {@code reasonCode} the standard reason from the service's list;
 * {@code applicant} is the national ID of the person the case is for.
 */
public record CaseStatusChanged(CaseReference reference, String serviceCode, String applicant, String action,
                                String from, String to, String actorRole, @Nullable String note, Instant at,
                                @Nullable String reasonCode) {

    public CaseStatusChanged(CaseReference reference, String serviceCode, String applicant, String action,
                             String from, String to, String actorRole, @Nullable String note, Instant at) {
        this(reference, serviceCode, applicant, action, from, to, actorRole, note, at, null);
    }
}
