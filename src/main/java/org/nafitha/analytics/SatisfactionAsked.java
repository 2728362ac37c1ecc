package org.nafitha.analytics;

import java.time.Instant;

import org.nafitha.cases.CaseReference;

/**
 * A case came to its end and its applicant ({@code applicant}, a national ID) is asked, once, how
 * satisfied they are with the service: the notifications module puts the question in their inbox.
 */
public record SatisfactionAsked(CaseReference reference, String serviceCode, String applicant, Instant at) {
}
