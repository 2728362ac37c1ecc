package org.nafitha.municipal.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.ArabicDigits;
import org.nafitha.country.NationalIds;
import org.nafitha.municipal.FieldProblem;
import org.nafitha.municipal.MunicipalError;
import org.nafitha.municipal.NewBeneficiary;
import org.springframework.stereotype.Component;

/**
 * Field by field checks of a filed beneficiary, all problems at once; each name part is checked
 * by {@link NameChecks}.
 */
@Component
class BeneficiaryChecks {

    private static final int FIRST_YEAR = 1900;

    /** The checked values, when there was no problem. */
    record Checked(Person person, String municipality) {
    }

    private final NationalIds nationalIds;
    private final Organisations organisations;
    private final Clock clock;

    BeneficiaryChecks(NationalIds nationalIds, Organisations organisations, Clock clock) {
        this.nationalIds = nationalIds;
        this.organisations = organisations;
        this.clock = clock;
    }

    List<FieldProblem> problems(NewBeneficiary b) {
        var problems = new ArrayList<FieldProblem>();
        NameChecks.check(problems, "firstName", b.firstName(), true);
        NameChecks.check(problems, "fatherName", b.fatherName(), true);
        NameChecks.check(problems, "grandfatherName", b.grandfatherName(), false);
        NameChecks.check(problems, "familyName", b.familyName(), true);
        NameChecks.check(problems, "motherName", b.motherName(), false);
        NameChecks.check(problems, "birthPlace", b.birthPlace(), false);
        if (present(b.nationalId()) && nationalIds.check(b.nationalId()) instanceof NationalIds.Invalid) {
            problems.add(new FieldProblem("nationalId", MunicipalError.NATIONAL_ID_INVALID));
        }
        birth(problems, b);
        if (!present(b.municipality()) || organisations.municipality(b.municipality().strip()).isEmpty()) {
            problems.add(new FieldProblem("municipality", MunicipalError.MUNICIPALITY_UNKNOWN));
        }
        return problems;
    }

    /** Only after {@link #problems} found none. */
    Checked checked(NewBeneficiary b) {
        var date = date(b.birthDate());
        var year = date == null ? year(b.birthYear()) : null;
        var nationalId = present(b.nationalId())
                && nationalIds.check(b.nationalId()) instanceof NationalIds.Valid v ? v.id().value() : null;
        return new Checked(new Person(nationalId, b.firstName().strip(), b.fatherName().strip(), stripped(b.grandfatherName()),
                b.familyName().strip(), stripped(b.motherName()), date, year, stripped(b.birthPlace())), b.municipality().strip());
    }

    private void birth(List<FieldProblem> problems, NewBeneficiary b) {
        LocalDate date = null;
        if (present(b.birthDate())) {
            date = date(b.birthDate());
            if (date == null || date.getYear() < FIRST_YEAR) {
                problems.add(new FieldProblem("birthDate", MunicipalError.BIRTH_DATE_INVALID));
                date = null;
            } else if (date.isAfter(LocalDate.now(clock))) {
                problems.add(new FieldProblem("birthDate", MunicipalError.BIRTH_DATE_IN_FUTURE));
            }
        }
        if (present(b.birthYear())) {
            var year = year(b.birthYear());
            if (year == null || year < FIRST_YEAR || year > LocalDate.now(clock).getYear()) {
                problems.add(new FieldProblem("birthYear", MunicipalError.BIRTH_YEAR_INVALID));
            } else if (date != null && date.getYear() != year) {
                problems.add(new FieldProblem("birthYear", MunicipalError.BIRTH_DATE_AND_YEAR_DIFFER));
            }
        }
    }

    private static @Nullable LocalDate date(@Nullable String raw) {
        if (!present(raw)) return null;
        try {
            return LocalDate.parse(ArabicDigits.toLatin(raw.strip()));
        } catch (DateTimeException unreadable) {
            return null;
        }
    }

    private static @Nullable Integer year(@Nullable String raw) {
        if (!present(raw)) return null;
        var digits = ArabicDigits.toLatin(raw.strip());
        if (!digits.matches("\\d{4}")) return null;
        return Integer.valueOf(digits);
    }

    private static @Nullable String stripped(@Nullable String s) {
        return present(s) ? s.strip() : null;
    }

    static boolean present(@Nullable String s) {
        return s != null && !s.isBlank();
    }
}
