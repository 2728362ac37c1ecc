package org.nafitha.cases.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.nafitha.catalogue.Catalogue;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.springframework.stereotype.Service;

/**
 * Staff's lists of their department's cases: what each has to do, and a head's whole team's open cases;
 * women's-section cases only for its staff.
 */
@Service
public class StaffQueues {

    private final CaseQueues queues;
    private final Catalogue catalogue;
    private final CaseAccess access;
    private final Clock clock;

    StaffQueues(CaseQueues queues, Catalogue catalogue, CaseAccess access, Clock clock) {
        this.queues = queues;
        this.catalogue = catalogue;
        this.access = access;
        this.clock = clock;
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
}
