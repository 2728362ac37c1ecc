package org.nafitha.issuance;

import java.time.Instant;

import org.nafitha.cases.CaseReference;

/** An authorised officer withdrew a document; verification says "revoked" from now on. */
public record DocumentRevoked(VerificationCode code, CaseReference reference, String holder, String reason,
                              String revokedBy, Instant at) {
}
