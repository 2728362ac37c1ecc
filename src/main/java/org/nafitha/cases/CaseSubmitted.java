package org.nafitha.cases;

import java.time.Instant;


/** A case entered the ministry; {@code applicant} is the national ID of the person it is for. */
public record CaseSubmitted(CaseReference reference, String serviceCode, String applicant, String department,
                            String status, Instant at) {
}
