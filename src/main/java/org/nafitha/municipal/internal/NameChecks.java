package org.nafitha.municipal.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nafitha.municipal.FieldProblem;
import org.nafitha.municipal.MunicipalError;

/**
 * One name part of a filed beneficiary. A name is letters (Arabic or Latin, not both in one part:
 * a part half in each script is a typing slip, not a spelling), spaces, hyphens and apostrophes;
 * diacritics and tatweel are kept, the matcher folds them.
 */
final class NameChecks {

    static final int NAME_MAX = 60;

    private NameChecks() {
    }

    static void check(List<FieldProblem> problems, String field, @Nullable String value, boolean required) {
        if (!BeneficiaryChecks.present(value)) {
            if (required) problems.add(new FieldProblem(field, MunicipalError.NAME_REQUIRED));
            return;
        }
        var name = value.strip();
        if (name.length() > NAME_MAX) problems.add(new FieldProblem(field, MunicipalError.NAME_TOO_LONG));
        else if (name.codePoints().anyMatch(Character::isDigit)) problems.add(new FieldProblem(field, MunicipalError.NAME_HAS_DIGITS));
        else if (!name.codePoints().allMatch(NameChecks::nameCharacter)) {
            problems.add(new FieldProblem(field, MunicipalError.NAME_HAS_SYMBOLS));
        } else if (NameForms.hasArabic(name) && NameForms.hasLatin(name)) {
            problems.add(new FieldProblem(field, MunicipalError.NAME_MIXES_SCRIPTS));
        } else if (NameForms.skeleton(name, false).isEmpty() && NameForms.arabic(name, false).isEmpty()) {
            problems.add(new FieldProblem(field, MunicipalError.NAME_REQUIRED));
        }
    }

    private static boolean nameCharacter(int c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == ' ' || c == '-'
                || c == '\'' || c == '’';
    }
}
