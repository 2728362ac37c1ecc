package org.nafitha.cases.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.nafitha.cases.CaseReference;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.Map;
import java.util.UUID;
import org.nafitha.catalogue.TransitionDefinition;

/**
 * Reading cases, checked against who asks: the applicant reads their own, staff read their
 * department's, and every staff read of a person's case is audited. Someone else's reference
 * is simply not found. Staff's queues are {@link StaffQueues}.
 */
@Service
public class ReadingCases {

    private final Cases cases;
    private final CaseAssignments assignments;
    private final Catalogue catalogue;
    private final AuditTrail audit;
    private final CaseAccess access;

    ReadingCases(Cases cases, CaseAssignments assignments, Catalogue catalogue, AuditTrail audit, CaseAccess access) {
        this.access = access;
        this.cases = cases;
        this.assignments = assignments;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    public record CaseView(Case caseFile, List<TimelineEntry> timeline,
                           Map<String, List<UUID>> documents) {
    }

    @Transactional
    public Optional<CaseView> read(CaseReference reference, Actor actor, String purpose) {
        return cases.findWithTimeline(reference).filter(f -> access.visibleTo(f.caseFile(), actor)).map(file -> {
            var c = file.caseFile();
            if (actor.isStaff()) {
                audit.record(new AuditEntry(actor.username(), actor.primaryRole().name(), "case.read", c.applicant(),
                        reference.value(), purpose, actor.department()));
            }
            return new CaseView(c, file.timeline(), cases.documents(reference));
        });
    }

    /**
     * Where a case stands, for a status poll: the applicant's own case with one indexed read and no
     * audit (it is their own); anyone else (a representative under a mandate, staff) through the full
     * read, with its checks and, for staff, its audit entry.
     */
    public Optional<Cases.Standing> standing(CaseReference reference, Actor actor) {
        var standing = cases.standing(reference);
        if (standing.isEmpty()) return Optional.empty();
        if (actor.nationalId() != null && !actor.isStaff() && standing.get().applicant().equals(actor.nationalId())) {
            return standing;
        }
        return read(reference, actor, "status").map(view -> {
            var c = view.caseFile();
            return new Cases.Standing(reference, c.serviceCode(), c.applicant(), c.status(), c.version(), standing.get().updatedAt());
        });
    }

    public List<CaseSummary> mine(Actor actor) {
        return actor.nationalId() == null ? List.of() : cases.forApplicant(actor.nationalId(), actor.username());
    }

    /** The steps the actor could take on the case now (for a refused step's answer). */
    public List<String> allowedActions(CaseReference reference, Actor actor) {
        return cases.find(reference).filter(c -> access.visibleTo(c, actor)).map(c -> catalogue
                        .find(c.serviceCode(), c.serviceVersion()).map(s -> s.workflow().from(c.status()).stream()
                                .filter(t -> t.roles().stream().anyMatch(r -> actor.has(Role.valueOf(r))))
                                .map(TransitionDefinition::action).distinct().toList())
                        .orElse(List.of()))
                .orElse(List.of());
    }

    /** How a case came to be held by whom: draws (re-verifiable) and heads' reassignments. */
    public List<CaseAssignments.Assignment> assignments(CaseReference reference) {
        return assignments.assignments(reference);
    }

    /** IDs of the documents of a case the actor may see (staff of its department, or its applicant). */
    public Set<UUID> documentsVisibleTo(CaseReference reference, Actor actor) {
        return cases.find(reference).filter(c -> access.visibleTo(c, actor))
                .map(c -> cases.documents(reference).values().stream().flatMap(List::stream)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }
}
