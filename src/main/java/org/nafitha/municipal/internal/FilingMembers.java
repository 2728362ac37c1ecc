package org.nafitha.municipal.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.nafitha.identity.Actor;
import org.nafitha.municipal.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * The members of a household assessment filed into the register of beneficiaries through the
 * matcher, each under a key of its own (the assessment and the member's number), so a filing
 * interrupted half-way and tried again files nobody twice.
 */
@Component
class FilingMembers {

    /** Every member filed, or the problems of the first member refused (each under {@code members[i].}). */
    record Result(List<Assessments.FiledMember> filed, List<FieldProblem> problems) {
    }

    private final FilingBeneficiaries filing;

    FilingMembers(FilingBeneficiaries filing) {
        this.filing = filing;
    }

    Result file(Actor actor, UUID assessment, List<Map<String, String>> members, String municipality) {
        var filed = new ArrayList<Assessments.FiledMember>();
        for (int i = 0; i < members.size(); i++) {
            var outcome = filing.file(actor, FormRules.beneficiary(members.get(i), municipality),
                    "assessment:" + assessment + ":" + i);
            switch (outcome) {
                case FilingBeneficiaries.Filed f -> filed.add(new Assessments.FiledMember(i, f.id(), f.existing()));
                case FilingBeneficiaries.Refused r -> {
                    var prefix = "members[" + i + "].";
                    return new Result(List.of(), r.problems().stream().map(p -> p.under(prefix)).toList());
                }
            }
        }
        return new Result(List.copyOf(filed), List.of());
    }
}
