package org.nafitha.cases;

import java.time.Instant;


/**
 * A case entered the ministry; {@code applicant} is the national ID of the person it is for and
 * {@code channel} how it came in (the channel mix the ministry reports on).
 */
public record CaseSubmitted(CaseReference reference, String serviceCode, String applicant, String department,
                            String status, Instant at, Channel channel) {

    public CaseSubmitted(CaseReference reference, String serviceCode, String applicant, String department,
                         String status, Instant at) {
        this(reference, serviceCode, applicant, department, status, at, Channel.ONLINE);
    }
}
