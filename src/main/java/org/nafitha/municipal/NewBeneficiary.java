package org.nafitha.municipal;

import org.jspecify.annotations.Nullable;

/**
 * A beneficiary as a municipality files it, before any check: the four name parts, the mother's
 * name, the birth (date "yyyy-mm-dd" or only a year; Arabic-Indic digits accepted), the place of
 * birth, the national ID when the person has one, and the filing municipality's code.
 */
public record NewBeneficiary(@Nullable String nationalId, @Nullable String firstName, @Nullable String fatherName,
                             @Nullable String grandfatherName, @Nullable String familyName, @Nullable String motherName,
                             @Nullable String birthDate, @Nullable String birthYear, @Nullable String birthPlace,
                             @Nullable String municipality) {
}
