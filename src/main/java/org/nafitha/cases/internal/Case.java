package org.nafitha.cases.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseReference;
import org.nafitha.cases.CaseStatusChanged;
import org.nafitha.catalogue.Reason;
import org.nafitha.catalogue.TransitionDefinition;
import org.nafitha.catalogue.WorkflowDefinition;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import java.util.Collection;
import java.util.List;

/**
 * A case and the rules of moving it: the transition must exist in the service's workflow from the
 * current state, the actor must hold one of its roles (and own the case when acting as the
 * applicant), a reason must be given where the workflow asks for one, and four eyes: whoever took
 * the step a transition names in {@code notSameActorAs} may not take this one.
 */
public final class Case {

    private final CaseReference reference;
    private final String serviceCode;
    private final int serviceVersion;
    private final String department;
    private final String applicant;
    private final String submittedBy;
    private final Map<String, String> answers;
    private final Instant submittedAt;
    private final int version;
    private final Map<String, String> lastActorByAction;
    private final Engine engine;
    private String status;

    /**
     * What the engine keeps beside the form: who holds the case, whether it is urgent, whether it is
     * for the women's section, and for an appeal the case appealed and who decided that one (they may
     * not decide the appeal); and the clock of the current state: when its time runs out, or while it
     * is paused how many seconds were left, and when it was escalated.
     */
    public record Engine(@Nullable String assignee, @Nullable String urgentReason, boolean womenSection,
                         @Nullable CaseReference appealOf, Set<String> firstDecisionMakers,
                         String channel, @Nullable String enteredBy, @Nullable Instant dueAt,
                         @Nullable Long pausedSeconds, @Nullable Instant escalatedAt) {

        public static final Engine NEW = new Engine(null, null, false, null, Set.of(), "ONLINE", null,
                null, null, null);

        public Engine {
            firstDecisionMakers = Set.copyOf(firstDecisionMakers);
        }
    }

    Case(CaseReference reference, String serviceCode, int serviceVersion, String department, String applicant,
         String submittedBy, String status, Map<String, String> answers, Instant submittedAt, int version,
         Map<String, String> lastActorByAction) {
        this(reference, serviceCode, serviceVersion, department, applicant, submittedBy, status, answers, submittedAt,
                version, lastActorByAction, Engine.NEW);
    }

    Case(CaseReference reference, String serviceCode, int serviceVersion, String department, String applicant,
         String submittedBy, String status, Map<String, String> answers, Instant submittedAt, int version,
         Map<String, String> lastActorByAction, Engine engine) {
        this.engine = engine;
        this.reference = reference;
        this.serviceCode = serviceCode;
        this.serviceVersion = serviceVersion;
        this.department = department;
        this.applicant = applicant;
        this.submittedBy = submittedBy;
        this.status = status;
        this.answers = Map.copyOf(answers);
        this.submittedAt = submittedAt;
        this.version = version;
        this.lastActorByAction = new HashMap<>(lastActorByAction);
    }

    /** The outcome of asking for a transition: the event to publish, or why not. */
    public sealed interface Step permits Moved, Refused {
    }

    public record Moved(CaseStatusChanged event) implements Step {
    }

    public record Refused(Refusal refusal) implements Step {
    }

    public Step take(WorkflowDefinition workflow, String action, Actor actor, @Nullable String note, Instant at) {
        return take(workflow, List.of(), action, actor, null, note, at);
    }

    /**
     * @param reasons    the service's standard reasons; a refusal or a request for information by staff
     *                   must name one of them when the service has any
     * @param reasonCode the standard reason chosen, if any
     */
    public Step take(WorkflowDefinition workflow, List<Reason> reasons, String action, Actor actor,
                     @Nullable String reasonCode, @Nullable String note, Instant at) {
        var candidates = workflow.transitions().stream().filter(t -> t.action().equals(action)).toList();
        if (candidates.isEmpty()) return new Refused(Refusal.UNKNOWN_ACTION);
        var transition = candidates.stream().filter(t -> t.from().equals(status)).findFirst();
        if (transition.isEmpty()) return new Refused(Refusal.NOT_ALLOWED_IN_STATE);
        var t = transition.get();
        var role = roleFor(t, actor);
        if (role == null) return new Refused(Refusal.ROLE_NOT_PERMITTED);
        if (role.isStaff() && engine.assignee() != null && !engine.assignee().equals(actor.username())
                && role != Role.HEAD) {
            return new Refused(Refusal.NOT_ASSIGNED);
        }
        var blankNote = note == null || note.isBlank();
        var code = reasonCode == null || reasonCode.isBlank() ? null : reasonCode.strip();
        if (code != null && reasons.stream().noneMatch(r -> r.code().equals(code))) return new Refused(Refusal.UNKNOWN_REASON);
        if (t.reasonRequired()) {
            var applicantFacing = role.isStaff() && workflow.reasonCodeRequired(t, reasons);
            if (applicantFacing && code == null) return new Refused(Refusal.REASON_CODE_REQUIRED);
            if (!applicantFacing && blankNote) return new Refused(Refusal.REASON_REQUIRED);
        }
        if (fourEyesBar(t, actor)) return new Refused(Refusal.FOUR_EYES);
        if (role.isStaff() && engine.firstDecisionMakers().contains(actor.username())) {
            return new Refused(Refusal.FIRST_DECISION_MAKER);
        }
        var from = status;
        status = t.to();
        lastActorByAction.put(action, actor.username());
        return new Moved(new CaseStatusChanged(reference, serviceCode, applicant, action, from, t.to(), role.name(),
                blankNote ? null : note.strip(), at, code));
    }

    /**
     * Four eyes: the actor took the step this transition must not follow from the same hands (who
     * proposed an approval does not confirm it). The one rule, for deciding and for the buttons shown.
     */
    public boolean fourEyesBar(TransitionDefinition t, Actor actor) {
        return t.notSameActorAs() != null && actor.username().equals(lastActorByAction.get(t.notSameActorAs()));
    }

    /**
     * Who may not be given the case in {@code state}: the officers whose decision an appeal reviews,
     * and whoever four eyes bar from every step out of it.
     */
    public Set<String> barredIn(WorkflowDefinition workflow, String state) {
        var barred = new HashSet<>(engine.firstDecisionMakers());
        for (var t : workflow.from(state)) {
            var earlier = t.notSameActorAs() == null ? null : lastActorByAction.get(t.notSameActorAs());
            if (earlier != null) barred.add(earlier);
        }
        return barred;
    }

    /** The role under which the actor may take the transition, or null when none fits. */
    private @Nullable Role roleFor(TransitionDefinition t, Actor actor) {
        for (var name : t.roles()) {
            var role = Role.valueOf(name);
            if (!actor.has(role)) continue;
            if (role == Role.APPLICANT && !isApplicant(actor)) continue;
            if (role.isStaff() && !department.equals(actor.department())) continue;
            return role;
        }
        return null;
    }

    public boolean isApplicant(Actor actor) {
        return applicant.equals(actor.nationalId()) || submittedBy.equals(actor.username());
    }

    public CaseReference reference() { return reference; }
    public String serviceCode() { return serviceCode; }
    public int serviceVersion() { return serviceVersion; }
    public String department() { return department; }
    public String applicant() { return applicant; }
    public String submittedBy() { return submittedBy; }
    public String status() { return status; }
    public Map<String, String> answers() { return answers; }
    public Instant submittedAt() { return submittedAt; }
    public int version() { return version; }
    public @Nullable String lastActor(String action) { return lastActorByAction.get(action); }
    public Engine engine() { return engine; }
    public @Nullable String assignee() { return engine.assignee(); }
    public boolean urgent() { return engine.urgentReason() != null; }
    public boolean womenSection() { return engine.womenSection(); }
    public Collection<String> actors() { return List.copyOf(lastActorByAction.values()); }
}
