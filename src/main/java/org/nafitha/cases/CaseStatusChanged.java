package org.nafitha.cases;

import org.jspecify.annotations.Nullable;

/** A case moved along its workflow. {@code note} is the reason or question, if the step needed one. */
public record CaseStatusChanged(CaseReference reference, String serviceCode, String applicant, String action,
                                String from, String to, String actorRole, @Nullable String note) {
}
