package org.nafitha.cases.internal;

import java.time.Instant;

import org.nafitha.cases.CaseReference;

/** A line of a list: the applicant's applications or a department's queue. */
public record CaseSummary(CaseReference reference, String serviceCode, String status, String applicant,
                          Instant submittedAt, Instant updatedAt) {
}
