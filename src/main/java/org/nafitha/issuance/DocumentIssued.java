package org.nafitha.issuance;

import java.time.Instant;

import org.nafitha.cases.CaseReference;

/** A signed document was issued for an approved case; {@code holder} is the national ID it is for. */
public record DocumentIssued(VerificationCode code, CaseReference reference, String serviceCode, String holder,
                             Instant at) {
}
