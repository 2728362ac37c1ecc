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

    @Nullable String afterEntering(Case c, WorkflowDefinition workflow, String state, Instant now) {
        var reference = c.reference();
        if (workflow.isFinal(state)) {
            cases.assign(reference, null, null, now);
            return null;
        }
        if (workflow.waitsForApplicant(state)) return c.assignee();
        var eligible = eligible(c, workflow, state);
        var names = eligible.stream().map(StaffDirectory.Member::username).toList();
        var previous = assignments.assignments(reference).reversed().stream().filter(a -> a.state().equals(state))
                .findFirst().map(CaseAssignments.Assignment::assignee);
        if (previous.isPresent() && names.contains(previous.get())) {
            if (!previous.get().equals(c.assignee())) cases.assign(reference, previous.get(), null, now);
            return previous.get();
        }
        var draw = draw(names);
        // Nobody eligible (a small department, or all excluded): the heads see it unassigned.
        cases.assign(reference, draw == null ? null : draw.chosen(), null, now);
        if (draw != null) recordDraw(c, state, draw, now);
        return draw == null ? null : draw.chosen();
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
