package org.nafitha.cases;

import java.time.Instant;

/** Staff wrote to the applicant on their case; {@code applicant} is the national ID of the person it is for. */
public record CaseMessagePosted(CaseReference reference, String serviceCode, String applicant, long noteId, Instant at) {
}
