package org.nafitha.municipal.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.municipal.FieldProblem;
import org.nafitha.municipal.MunicipalError;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files a household assessment: its answers checked against the form version it was started on,
 * then every member filed into the register of beneficiaries through the matcher (each with a key
 * of its own, so a filing interrupted half-way and tried again files nobody twice), then the
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
    private final FilingBeneficiaries filing;
    private final Beneficiaries beneficiaries;
    private final MunicipalStaff staff;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FilingAssessments(Assessments assessments, AssessmentForms forms, FormRules rules, FilingBeneficiaries filing,
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

    /** A whole assessment in one request (the API): checked first, then kept under the key and filed. */
    public Outcome fileNew(Actor actor, String formId, @Nullable Integer version, Answers answers, String key) {
        var own = staff.municipalityOf(actor);
        if (own.isEmpty()) return refused(null, MunicipalError.NOT_MUNICIPAL_STAFF);
        var replay = assessments.byIdempotencyKey(actor.username(), key);
        if (replay.isPresent()) return file(actor, replay.get());
        var form = version == null ? forms.latest(formId) : forms.version(formId, version);
        if (form.isEmpty()) return refused("form", MunicipalError.FORM_UNKNOWN);
        var checked = rules.check(form.get(), answers, own.get());
        if (!checked.valid()) return new Refused(checked.problems());
        var id = UUID.randomUUID();
        try {
            assessments.insert(new Assessments.Assessment(id, own.get(), form.get().id(), form.get().version(),
                    Assessments.Status.DRAFT, answers, actor.username(), clock.instant(), null), key);
        } catch (DuplicateKeyException raced) {
            // The same request at the same moment: both go on filing the one record that got in.
            return file(actor, assessments.byIdempotencyKey(actor.username(), key).orElseThrow(() -> raced));
        }
        return file(actor, id);
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

        var members = new ArrayList<Assessments.FiledMember>();
        var list = checked.answers().members();
        for (int i = 0; i < list.size(); i++) {
            var outcome = filing.file(actor, FormRules.beneficiary(list.get(i), assessment.municipality()),
                    "assessment:" + id + ":" + i);
            switch (outcome) {
                case FilingBeneficiaries.Filed f -> members.add(new Assessments.FiledMember(i, f.id(), f.existing()));
                case FilingBeneficiaries.Refused r -> {
                    var prefix = "members[" + i + "].";
                    return new Refused(r.problems().stream()
                            .map(p -> new FieldProblem(p.field() == null ? null : prefix + p.field(), p.error())).toList());
                }
            }
        }
        var mine = transaction.execute(tx -> {
            if (assessments.markFiled(id, checked.answers(), clock.instant()) == 0) return false;
            members.forEach(m -> assessments.insertMember(id, m));
            audit.record(new AuditEntry(actor.username(), actor.primaryRole().name(), "municipal.assessment.file", null,
                    null, "assessment " + id + " (" + assessment.formId() + " v" + assessment.formVersion() + "), "
                    + members.size() + " member(s)", assessment.municipality()));
            return true;
        });
        return filed(id, !Boolean.TRUE.equals(mine));
    }

    private Filed filed(UUID id, boolean existing) {
        return new Filed(id, assessments.members(id).stream()
                .map(m -> new FiledMember(m.number(), m.beneficiary(), m.existing(), beneficiaries.matchesOf(m.beneficiary())))
                .toList(), existing);
    }

    private static Refused refused(@Nullable String field, MunicipalError error) {
        return new Refused(List.of(new FieldProblem(field, error)));
    }
}
