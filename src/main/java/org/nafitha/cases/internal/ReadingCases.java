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
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.nafitha.catalogue.TransitionDefinition;

/**
 * Reading cases, checked against who asks: the applicant reads their own, staff read their
 * department's, and every staff read of a person's case is audited. Someone else's reference
 * is simply not found.
 */
@Service
public class ReadingCases {

    private final Cases cases;
    private final CaseQueues queues;
    private final CaseAssignments assignments;
    private final Catalogue catalogue;
    private final AuditTrail audit;
    private final CaseAccess access;

    private final Clock clock;

    ReadingCases(Cases cases, CaseQueues queues, CaseAssignments assignments, Catalogue catalogue, AuditTrail audit, CaseAccess access, Clock clock) {
        this.clock = clock;
        this.access = access;
        this.cases = cases;
        this.queues = queues;
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

    /** The department's open cases in the states where this member of staff has something to do. */
    public List<CaseSummary> queue(Actor actor) {
        return queue(actor, CaseQueues.QueueFilter.none(false));
    }

    /**
     * The department's cases in the states where this member of staff has something to do, narrowed
     * by the filter; women's-section cases only for its staff.
     */
    public List<CaseSummary> queue(Actor actor, CaseQueues.QueueFilter filter) {
        if (actor.department() == null) return List.of();
        var roles = actor.roles().stream().map(Role::name).collect(Collectors.toSet());
        Set<String> states = catalogue.all().stream().filter(s -> s.department().equals(actor.department()))
                .flatMap(s -> s.workflow().statesActionableBy(roles).stream()).collect(Collectors.toSet());
        var narrowed = filter.seeingWomenSection(access.womenSection(actor));
        return queues.queue(actor.department(), states, narrowed, clock.instant(), 200);
    }

    /** For a head: every open case of the department (all states but final ones), narrowed by the filter. */
    public List<CaseSummary> team(Actor actor, CaseQueues.QueueFilter filter) {
        if (actor.department() == null || !actor.has(Role.HEAD)) return List.of();
        var states = openStates(catalogue, actor.department());
        var narrowed = filter.seeingWomenSection(access.womenSection(actor));
        return queues.queue(actor.department(), states, narrowed, clock.instant(), 500);
    }

    /** The department's states that are not final in the workflow of the service they belong to. */
    static Set<String> openStates(Catalogue catalogue, String department) {
        return catalogue.all().stream().filter(s -> s.department().equals(department))
                .flatMap(s -> s.workflow().states().stream().filter(st -> !s.workflow().isFinal(st)))
                .collect(Collectors.toSet());
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
