package org.nafitha.analytics;

import java.time.Instant;

import org.nafitha.cases.CaseReference;

/**
 * A case is handled at an office from now on: an appointment was booked for it there ({@code office} is the
 * office's code, as the offices the dashboard filters by). Published by the module that knows (appointments);
 * analytics counts the case's figures under the office last told, and under no office before any.
 */
public record CaseHandledAtOffice(CaseReference reference, String office, Instant at) {
}
