package org.nafitha.cases.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.nafitha.cases.CaseReference;

/** A line of a list: the applicant's applications or a department's queue. */
public record CaseSummary(CaseReference reference, String serviceCode, String status, String applicant,
                          Instant submittedAt, Instant updatedAt, @Nullable String assignee,
                          @Nullable String urgentReason, @Nullable Instant dueAt, @Nullable Instant escalatedAt,
                          boolean womenSection, String channel) {

    /** Escalated, or its state's time has run out. */
    public boolean breached(Instant now) {
        return escalatedAt != null || (dueAt != null && dueAt.isBefore(now));
    }

    public boolean urgent() {
        return urgentReason != null;
    }
}
