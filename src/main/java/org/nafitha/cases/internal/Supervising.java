package org.nafitha.cases.internal;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseReference;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.nafitha.identity.StaffDirectory;

/**
 * What heads and officers do around the workflow: a head reassigns a case (one or many) with a
 * recorded reason to someone eligible for its state; staff mark a case urgent with a recorded
 * reason and their name, which puts it first in the queue. Each change is audited under the names
 * the oversight rules watch ({@code case.reassign}, {@code case.mark-urgent}).
 */
@Service
public class Supervising {

    private final Cases cases;
    private final CaseAssignments assignments;
    private final CaseAccess access;
    private final Assigning assigning;
    private final DecidingCases deciding;
    private final AuditTrail audit;
    private final Clock clock;

    Supervising(Cases cases, CaseAssignments assignments, CaseAccess access, Assigning assigning, DecidingCases deciding, AuditTrail audit,
                Clock clock) {
        this.cases = cases;
        this.assignments = assignments;
        this.access = access;
        this.assigning = assigning;
        this.deciding = deciding;
        this.audit = audit;
        this.clock = clock;
    }

    /** Who could hold the case now (for the head's reassignment list). */
    public List<StaffDirectory.Member> eligible(CaseReference reference, Actor actor) {
        return cases.find(reference).filter(c -> access.visibleTo(c, actor))
                .map(c -> assigning.eligible(c, deciding.service(c).workflow(), c.status())).orElse(List.of());
    }

    @Transactional
    public @Nullable Refusal reassign(CaseReference reference, String assignee, @Nullable String reason,
                                      @Nullable Integer expectedVersion, Actor actor) {
        var found = cases.find(reference).filter(c -> access.visibleTo(c, actor));
        if (found.isEmpty()) return Refusal.NOT_FOUND;
        var c = found.get();
        if (!actor.has(Role.HEAD)) return Refusal.ROLE_NOT_PERMITTED;
        if (reason == null || reason.isBlank()) return Refusal.REASON_REQUIRED;
        if (expectedVersion != null && expectedVersion != c.version()) return Refusal.CONFLICT;
        var workflow = deciding.service(c).workflow();
        var eligible = assigning.eligible(c, workflow, c.status()).stream().anyMatch(m -> m.username().equals(assignee));
        if (!eligible) return Refusal.NOT_ELIGIBLE;
        var now = clock.instant();
        if (!cases.assign(reference, assignee, c.version(), now)) return Refusal.CONFLICT;
        assignments.recordAssignment(reference, c.status(), assignee, null, actor.username(), reason.strip(), now);
        audit.record(new AuditEntry(actor.username(), Role.HEAD.name(), "case.reassign", c.applicant(),
                reference.value(), reason.strip() + " → " + assignee, c.department()));
        return null;
    }

    @Transactional
    public @Nullable Refusal markUrgent(CaseReference reference, @Nullable String reason,
                                        @Nullable Integer expectedVersion, Actor actor) {
        var found = cases.find(reference).filter(c -> access.visibleTo(c, actor));
        if (found.isEmpty()) return Refusal.NOT_FOUND;
        var c = found.get();
        if (!(actor.has(Role.OFFICER) || actor.has(Role.REVIEWER) || actor.has(Role.HEAD))) {
            return Refusal.ROLE_NOT_PERMITTED;
        }
        if (reason == null || reason.isBlank()) return Refusal.REASON_REQUIRED;
        var version = expectedVersion == null ? c.version() : expectedVersion;
        if (!cases.markUrgent(reference, reason.strip(), actor.username(), clock.instant(), version)) {
            return Refusal.CONFLICT;
        }
        audit.record(new AuditEntry(actor.username(), actor.primaryRole().name(), "case.mark-urgent", c.applicant(),
                reference.value(), reason.strip(), c.department()));
        return null;
    }
}
