package org.nafitha.municipal.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.municipal.FieldProblem;
import org.nafitha.municipal.MunicipalError;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files a household assessment: its answers checked against the form version it was started on,
 * then every member filed into the register of beneficiaries ({@link FilingMembers}), then the
 * record marked filed. Two requests filing the same record at once are settled by the database:
 * only the one whose conditional update moves it out of DRAFT writes its members; the other
 * answers with what that one wrote.
 */
@Service
public class FilingAssessments {

    public sealed interface Outcome permits Filed, Refused {
    }

    /** {@code existing}: the record had been filed already (a replay). */
    public record Filed(UUID id, List<FiledMember> members, boolean existing) implements Outcome {
    }

    public record FiledMember(int number, UUID beneficiary, boolean existing, List<Beneficiaries.StoredMatch> matches) {
    }

    public record Refused(List<FieldProblem> problems) implements Outcome {
    }

    private final Assessments assessments;
    private final AssessmentForms forms;
    private final FormRules rules;
    private final FilingMembers filing;
    private final Beneficiaries beneficiaries;
    private final MunicipalStaff staff;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FilingAssessments(Assessments assessments, AssessmentForms forms, FormRules rules, FilingMembers filing,
                      Beneficiaries beneficiaries, MunicipalStaff staff, AuditTrail audit,
                      TransactionTemplate transaction, Clock clock) {
        this.assessments = assessments;
        this.forms = forms;
        this.rules = rules;
        this.filing = filing;
        this.beneficiaries = beneficiaries;
        this.staff = staff;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Files the actor's draft, or answers with the record when it was filed already. */
    public Outcome file(Actor actor, UUID id) {
        var found = assessments.find(id);
        var own = staff.municipalityOf(actor);
        if (found.isEmpty() || own.isEmpty() || !found.get().municipality().equals(own.get())) {
            return refused(null, MunicipalError.ASSESSMENT_NOT_FOUND);
        }
        var assessment = found.get();
        if (assessment.status() == Assessments.Status.FILED) return filed(id, true);
        if (!assessment.createdBy().equals(actor.username())) return refused(null, MunicipalError.ASSESSMENT_NOT_FOUND);
        var form = forms.version(assessment.formId(), assessment.formVersion())
                .orElseThrow(() -> new IllegalStateException("form " + assessment.formId() + " v" + assessment.formVersion()
                        + " is no longer shipped: a record's version must stay"));
        var checked = rules.check(form, assessment.answers(), assessment.municipality());
        if (!checked.valid()) return new Refused(checked.problems());

        var members = filing.file(actor, id, checked.answers().members(), assessment.municipality());
        if (!members.problems().isEmpty()) return new Refused(members.problems());
        var mine = transaction.execute(tx -> {
            if (assessments.markFiled(id, checked.answers(), clock.instant()) == 0) return false;
            members.filed().forEach(m -> assessments.insertMember(id, m));
            audit.record(new AuditEntry(actor.username(), actor.primaryRole().name(), "municipal.assessment.file", null,
                    null, "assessment " + id + " (" + assessment.formId() + " v" + assessment.formVersion() + "), "
                    + members.filed().size() + " member(s)", assessment.municipality()));
            return true;
        });
        return filed(id, !Boolean.TRUE.equals(mine));
    }

    private Filed filed(UUID id, boolean existing) {
        return new Filed(id, assessments.members(id).stream()
                .map(m -> new FiledMember(m.number(), m.beneficiary(), m.existing(), beneficiaries.matchesOf(m.beneficiary())))
                .toList(), existing);
    }

    static Refused refused(@Nullable String field, MunicipalError error) {
        return new Refused(List.of(new FieldProblem(field, error)));
    }
}
