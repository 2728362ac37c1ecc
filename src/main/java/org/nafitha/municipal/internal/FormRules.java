package org.nafitha.municipal.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.municipal.FieldProblem;
import org.nafitha.municipal.MunicipalError;
import org.nafitha.municipal.NewBeneficiary;
import org.springframework.stereotype.Component;

/**
 * A form's answers against its definition, every problem at once: required and conditional
 * questions (one whose condition does not hold is neither asked nor kept), and each answer
 * against its question ({@link AnswerChecks}). Each member is also checked as the register checks
 * a beneficiary (names, national ID, birth), and that check speaks first for the fields it knows. Problems name their field as the API does:
 * {@code needs}, {@code members[0].firstName}.
 */
@Component
public class FormRules {

    /** The answers normalised, when {@code problems} is empty. */
    public record Checked(Answers answers, List<FieldProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private final BeneficiaryChecks beneficiaryChecks;
    private final AnswerChecks answers;

    FormRules(BeneficiaryChecks beneficiaryChecks, Clock clock) {
        this.beneficiaryChecks = beneficiaryChecks;
        this.answers = new AnswerChecks(clock);
    }

    public Checked check(AssessmentForm form, Answers answers, String municipality) {
        var problems = new ArrayList<FieldProblem>();
        var fields = group(form.fields(), answers.fields(), "", problems);
        var members = new ArrayList<Map<String, String>>();
        var spec = form.members();
        if (spec == null) {
            if (!answers.members().isEmpty()) problems.add(new FieldProblem("members", MunicipalError.FIELD_UNKNOWN));
        } else {
            if (answers.members().size() < spec.min()) problems.add(new FieldProblem("members", MunicipalError.MEMBERS_TOO_FEW));
            if (answers.members().size() > spec.max()) problems.add(new FieldProblem("members", MunicipalError.MEMBERS_TOO_MANY));
            for (int i = 0; i < answers.members().size(); i++) {
                var prefix = "members[" + i + "].";
                var member = answers.members().get(i);
                var personProblems = beneficiaryChecks.problems(beneficiary(member, municipality)).stream()
                        .filter(p -> p.field() != null && !"municipality".equals(p.field()))
                        .map(p -> new FieldProblem(prefix + p.field(), p.error())).toList();
                problems.addAll(personProblems);
                var own = new ArrayList<FieldProblem>();
                var checked = group(spec.fields(), member, prefix, own);
                own.stream().filter(p -> personProblems.stream().noneMatch(q -> q.field().equals(p.field())))
                        .forEach(problems::add);
                members.add(checked);
            }
        }
        return new Checked(new Answers(fields, members), List.copyOf(problems));
    }

    /** A member as the register of beneficiaries takes it. */
    public static NewBeneficiary beneficiary(Map<String, String> member, String municipality) {
        return new NewBeneficiary(member.get("nationalId"), member.get("firstName"), member.get("fatherName"),
                member.get("grandfatherName"), member.get("familyName"), member.get("motherName"),
                member.get("birthDate"), member.get("birthYear"), member.get("birthPlace"), municipality);
    }

    private Map<String, String> group(List<FormField> definition, Map<String, String> given, String prefix,
                                      List<FieldProblem> problems) {
        var kept = new LinkedHashMap<String, String>();
        var cleaned = new LinkedHashMap<String, String>();
        given.forEach((k, v) -> cleaned.put(k, clean(v)));
        for (var field : definition) {
            if (!field.askedFor(kept)) continue;
            var raw = cleaned.getOrDefault(field.name(), "");
            if (raw.isEmpty()) {
                if (field.required()) problems.add(new FieldProblem(prefix + field.name(), MunicipalError.FIELD_REQUIRED));
                continue;
            }
            var error = answers.check(field, raw, kept);
            if (error != null) problems.add(new FieldProblem(prefix + field.name(), error));
        }
        given.keySet().stream().filter(name -> definition.stream().noneMatch(f -> f.name().equals(name))).sorted()
                .forEach(name -> problems.add(new FieldProblem(prefix + name, MunicipalError.FIELD_UNKNOWN)));
        return kept;
    }

    private static String clean(@Nullable String value) {
        if (value == null) return "";
        return value.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip();
    }
}
