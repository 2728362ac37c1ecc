package org.nafitha.cases.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One step of a case as the applicant sees it; staff names are not shown, their role is. */
public record TimelineEntry(Instant at, String action, String status, String actorRole, @Nullable String note,
                            @Nullable String reasonCode) {
}
