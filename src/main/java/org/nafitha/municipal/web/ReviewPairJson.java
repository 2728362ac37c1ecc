package org.nafitha.municipal.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.municipal.internal.Beneficiaries;
import org.nafitha.municipal.internal.ReviewingMatches;

/** A pair waiting for review as the reviews API shows it: both records side by side, the score and the votes. */
record ReviewPairJson(ReviewPairJson.ReviewedBeneficiaryJson filed, ReviewPairJson.ReviewedBeneficiaryJson candidate,
                      double score, String explanation, List<String> votes) {

    record ReviewedBeneficiaryJson(UUID id, String municipality, @Nullable String nationalId, String firstName, String fatherName,
                @Nullable String grandfatherName, String familyName, @Nullable String motherName,
                @Nullable String birthDate, @Nullable Integer birthYear, @Nullable String birthPlace) {
        static ReviewedBeneficiaryJson of(Beneficiaries.Beneficiary b) {
            var p = b.person();
            return new ReviewedBeneficiaryJson(b.id(), b.municipality(), p.nationalId(), p.firstName(), p.fatherName(), p.grandfatherName(),
                    p.familyName(), p.motherName(), p.birthDate() == null ? null : p.birthDate().toString(), p.year(),
                    p.birthPlace());
        }
    }

    static ReviewPairJson of(ReviewingMatches.Pair p) {
        return new ReviewPairJson(ReviewedBeneficiaryJson.of(p.filed()), ReviewedBeneficiaryJson.of(p.candidate()), p.score(),
                p.explanation(), p.votes());
    }
}
