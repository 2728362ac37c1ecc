package org.nafitha.transparency;

import org.jspecify.annotations.Nullable;

/**
 * What happened, to whom, by whom. {@code subject} is the person whose data was touched
 * (national ID) so that "who looked at my file" can be answered from the trail alone.
 *
 * @param actor     username of the person or system acting
 * @param actorRole the role under which they acted (OFFICER, REVIEWER, APPLICANT, SYSTEM …)
 * @param action    a stable dotted name, e.g. {@code case.approve}, {@code document.read}
 * @param department the staff member's department, shown to the person whose data was read
 */
public record AuditEntry(String actor, String actorRole, String action,
                         @Nullable String subject, @Nullable String caseReference,
                         @Nullable String reason, @Nullable String department) {

    public AuditEntry(String actor, String actorRole, String action, @Nullable String subject,
                      @Nullable String caseReference, @Nullable String reason) {
        this(actor, actorRole, action, subject, caseReference, reason, null);
    }
}
