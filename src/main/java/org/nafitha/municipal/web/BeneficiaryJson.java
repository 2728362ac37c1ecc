package org.nafitha.municipal.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.municipal.MatchDecision;
import org.nafitha.municipal.internal.Beneficiaries;

/** A beneficiary as the beneficiaries API answers it, with the matches found when it was filed. */
record BeneficiaryJson(UUID id, String municipality, @Nullable String nationalId, String firstName,
                       String fatherName, @Nullable String grandfatherName, String familyName,
                       @Nullable String motherName, @Nullable String birthDate, @Nullable Integer birthYear,
                       @Nullable String birthPlace, List<BeneficiaryMatchJson> matches) {

    /** {@code explanation}: the weight each compared part added, e.g. {@code family=EXACT(+6.5)}. */
    record BeneficiaryMatchJson(UUID id, double score, MatchDecision decision, String explanation) {
        static BeneficiaryMatchJson of(Beneficiaries.StoredMatch m) {
            return new BeneficiaryMatchJson(m.candidate(), m.score(), m.decision(), m.explanation());
        }
    }

    record BeneficiaryFiledJson(UUID id, List<BeneficiaryMatchJson> matches) {
        static BeneficiaryFiledJson of(UUID id, List<Beneficiaries.StoredMatch> matches) {
            return new BeneficiaryFiledJson(id, matches.stream().map(BeneficiaryMatchJson::of).toList());
        }
    }

    static BeneficiaryJson of(Beneficiaries.Beneficiary b, List<Beneficiaries.StoredMatch> matches) {
        var p = b.person();
        return new BeneficiaryJson(b.id(), b.municipality(), p.nationalId(), p.firstName(), p.fatherName(),
                p.grandfatherName(), p.familyName(), p.motherName(),
                p.birthDate() == null ? null : p.birthDate().toString(), p.year(), p.birthPlace(),
                matches.stream().map(BeneficiaryMatchJson::of).toList());
    }
}
