package org.nafitha.municipal.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.nafitha.identity.Actor;
import org.nafitha.municipal.MunicipalError;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * A field worker's drafts: started on a form's latest version and kept as typed, every time the
 * page saves (on each change, or the "save draft" button), so a connection lost in a home visit
 * loses nothing already sent. A draft is its author's alone until it is filed.
 */
@Service
public class DraftingAssessments {

    public sealed interface Started permits StartedDraft, NotStarted {
    }

    public record StartedDraft(UUID id) implements Started {
    }

    public record NotStarted(MunicipalError error) implements Started {
    }

    private final Assessments assessments;
    private final AssessmentForms forms;
    private final MunicipalStaff staff;
    private final Clock clock;

    DraftingAssessments(Assessments assessments, AssessmentForms forms, MunicipalStaff staff, Clock clock) {
        this.assessments = assessments;
        this.forms = forms;
        this.staff = staff;
        this.clock = clock;
    }

    /** A new draft with one empty member row when the form lists people; the same key again is the same draft. */
    public Started start(Actor actor, String formId, String key) {
        var own = staff.municipalityOf(actor);
        if (own.isEmpty()) return new NotStarted(MunicipalError.NOT_MUNICIPAL_STAFF);
        var form = forms.latest(formId);
        if (form.isEmpty()) return new NotStarted(MunicipalError.FORM_UNKNOWN);
        var again = assessments.byIdempotencyKey(actor.username(), key);
        if (again.isPresent()) return new StartedDraft(again.get());
        var members = form.get().members() != null && form.get().members().min() > 0
                ? List.<Map<String, String>>of(Map.of()) : List.<Map<String, String>>of();
        var id = UUID.randomUUID();
        try {
            assessments.insert(new Assessments.Assessment(id, own.get(), form.get().id(), form.get().version(),
                    Assessments.Status.DRAFT, Answers.empty().withMembers(members), actor.username(), clock.instant(), null), key);
        } catch (DuplicateKeyException twoClicks) {
            return new StartedDraft(assessments.byIdempotencyKey(actor.username(), key).orElseThrow(() -> twoClicks));
        }
        return new StartedDraft(id);
    }

    /** The actor's own draft, still a draft. */
    public Optional<Assessments.Assessment> draft(Actor actor, UUID id) {
        return assessments.find(id).filter(a -> a.status() == Assessments.Status.DRAFT)
                .filter(a -> a.createdBy().equals(actor.username()))
                .filter(a -> staff.municipalityOf(actor).filter(a.municipality()::equals).isPresent());
    }

    /** Keeps the answers as typed; the same answers twice leave the same draft. Refused once filed. */
    public Optional<MunicipalError> save(Actor actor, UUID id, Answers answers) {
        var found = assessments.find(id).filter(a -> a.createdBy().equals(actor.username()));
        if (found.isEmpty()) return Optional.of(MunicipalError.ASSESSMENT_NOT_FOUND);
        if (assessments.saveDraft(id, answers, clock.instant()) == 0) return Optional.of(MunicipalError.ASSESSMENT_ALREADY_FILED);
        return Optional.empty();
    }
}
