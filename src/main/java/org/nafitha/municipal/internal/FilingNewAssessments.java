package org.nafitha.municipal.internal;

import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.municipal.MunicipalError;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * A household assessment filed in one request (the API, the demo): its answers checked before
 * anything is kept, then kept as a draft under the request's Idempotency-Key and filed as a draft
 * is ({@link FilingAssessments}). The same key again answers the record that key made.
 */
@Service
public class FilingNewAssessments {

    private final Assessments assessments;
    private final AssessmentForms forms;
    private final FormRules rules;
    private final FilingAssessments filing;
    private final MunicipalStaff staff;
    private final Clock clock;

    FilingNewAssessments(Assessments assessments, AssessmentForms forms, FormRules rules, FilingAssessments filing,
                         MunicipalStaff staff, Clock clock) {
        this.assessments = assessments;
        this.forms = forms;
        this.rules = rules;
        this.filing = filing;
        this.staff = staff;
        this.clock = clock;
    }

    /** A whole assessment in one request (the API): checked first, then kept under the key and filed. */
    public FilingAssessments.Outcome fileNew(Actor actor, String formId, @Nullable Integer version, Answers answers, String key) {
        var own = staff.municipalityOf(actor);
        if (own.isEmpty()) return FilingAssessments.refused(null, MunicipalError.NOT_MUNICIPAL_STAFF);
        var replay = assessments.byIdempotencyKey(actor.username(), key);
        if (replay.isPresent()) return filing.file(actor, replay.get());
        var form = version == null ? forms.latest(formId) : forms.version(formId, version);
        if (form.isEmpty()) return FilingAssessments.refused("form", MunicipalError.FORM_UNKNOWN);
        var checked = rules.check(form.get(), answers, own.get());
        if (!checked.valid()) return new FilingAssessments.Refused(checked.problems());
        var id = UUID.randomUUID();
        try {
            assessments.insert(new Assessments.Assessment(id, own.get(), form.get().id(), form.get().version(),
                    Assessments.Status.DRAFT, answers, actor.username(), clock.instant(), null), key);
        } catch (DuplicateKeyException raced) {
            // The same request at the same moment: both go on filing the one record that got in.
            return filing.file(actor, assessments.byIdempotencyKey(actor.username(), key).orElseThrow(() -> raced));
        }
        return filing.file(actor, id);
    }
}
