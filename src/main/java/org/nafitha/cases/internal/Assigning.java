package org.nafitha.cases.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nafitha.catalogue.WorkflowDefinition;
import org.nafitha.identity.Role;
import org.nafitha.identity.StaffDirectory;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * Who holds a case after it enters a state. A final state releases it; a state where the ministry
 * waits for the applicant keeps it with its holder; otherwise whoever last held this state keeps it
 * if still eligible (a case back from the applicant or returned by a reviewer goes back to its
 * officer), and else a {@link FairDraw} among the eligible: staff of the department with the role
 * that acts there, from the women's section when the case is flagged for it, never someone four
 * eyes or an appeal excludes. Runs in the caller's transaction.
 */
@Component
class Assigning {

    static final String SYSTEM = "system";
    private static final List<Role> ACTING = List.of(Role.OFFICER, Role.REVIEWER, Role.HEAD);

    private final StaffDirectory staff;
    private final Cases cases;
    private final CaseAssignments assignments;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    Assigning(StaffDirectory staff, Cases cases, CaseAssignments assignments, AuditTrail audit) {
        this.staff = staff;
        this.cases = cases;
        this.assignments = assignments;
        this.audit = audit;
    }

    /** The staff role that works a case in this state: the most junior that can act there. */
    static @Nullable Role actingRole(WorkflowDefinition workflow, String state) {
        var roles = workflow.rolesActingIn(state);
        return ACTING.stream().filter(r -> roles.contains(r.name())).findFirst().orElse(null);
    }

    /** Members of staff who may hold the case in this state, in username order. */
    List<StaffDirectory.Member> eligible(Case c, WorkflowDefinition workflow, String state) {
        var role = actingRole(workflow, state);
        if (role == null) return List.of();
        var excluded = c.barredIn(workflow, state);
        return staff.holding(c.department(), role, c.womenSection()).stream()
                .filter(m -> !excluded.contains(m.username())).toList();
    }

    /** Who holds a case once it enters a state, and the draw that chose them if one did. */
    record Holder(@Nullable String assignee, @Nullable FairDraw draw) {
    }

    /**
     * Who holds the case once it enters this state, decided before the case is saved so that one
     * UPDATE writes the state and its holder; {@link #held} records the draw afterwards.
     */
    Holder holderAfter(Case c, WorkflowDefinition workflow, String state) {
        if (workflow.isFinal(state)) return new Holder(null, null);
        if (workflow.waitsForApplicant(state)) return new Holder(c.assignee(), null);
        var names = eligible(c, workflow, state).stream().map(StaffDirectory.Member::username).toList();
        var previous = assignments.assignments(c.reference()).reversed().stream().filter(a -> a.state().equals(state))
                .findFirst().map(CaseAssignments.Assignment::assignee);
        if (previous.isPresent() && names.contains(previous.get())) return new Holder(previous.get(), null);
        // Nobody eligible (a small department, or all excluded): the heads see it unassigned.
        var draw = draw(names);
        return new Holder(draw == null ? null : draw.chosen(), draw);
    }

    /** Once the case is saved with its holder: the draw's record, if one chose them. */
    void held(Case c, String state, Holder holder, Instant now) {
        if (holder.draw() != null) recordDraw(c, state, holder.draw(), now);
    }

    /**
     * Who will hold a case opening in this state, drawn before its row is written so that the row is
     * written once, holder included; {@link #recordDraw} once the row exists. Null: nobody holds it
     * (a state where the applicant acts, or nobody eligible).
     */
    @Nullable FairDraw drawOnOpening(Case c, WorkflowDefinition workflow, String state) {
        if (workflow.isFinal(state) || workflow.waitsForApplicant(state)) return null;
        return draw(eligible(c, workflow, state).stream().map(StaffDirectory.Member::username).toList());
    }

    /** The draw's record, replayable by anyone, and its audit entry; in the caller's transaction. */
    void recordDraw(Case c, String state, FairDraw draw, Instant now) {
        assignments.recordAssignment(c.reference(), state, draw.chosen(), draw, null, null, now);
        audit.record(new AuditEntry(SYSTEM, "SYSTEM", "case.assign", c.applicant(), c.reference().value(),
                "draw " + draw.seed() + " among " + draw.recorded() + " → " + draw.chosen(), c.department()));
    }

    private @Nullable FairDraw draw(List<String> names) {
        if (names.isEmpty()) return null;
        var loads = assignments.loads(names);
        return FairDraw.draw(names.stream().map(n -> new FairDraw.Candidate(n, loads.getOrDefault(n, 0))).toList(),
                random.nextLong());
    }

}
