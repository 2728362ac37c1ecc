package org.nafitha.cases.internal;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseReference;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.catalogue.ServiceDefinition;
import org.nafitha.identity.Actor;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.time.Clock;

/**
 * Moves cases along their workflow: officers' decisions, reviewers' confirmations, the
 * applicant's answers. The case's rules decide; this service loads, saves under an optimistic
 * lock, restarts the state's clock, assigns whoever works the next state and records. Two people
 * acting on the same version: the first wins, the second is told.
 */
@Service
public class DecidingCases {

    private final Cases cases;
    private final Catalogue catalogue;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CaseAccess access;
    private final Assigning assigning;

    DecidingCases(Cases cases, Catalogue catalogue, AuditTrail audit, ApplicationEventPublisher events,
                  Clock clock, CaseAccess access, Assigning assigning) {
        this.access = access;
        this.cases = cases;
        this.catalogue = catalogue;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.assigning = assigning;
    }

    @Transactional
    public DecisionOutcome take(CaseReference reference, String action, @Nullable String note,
                                @Nullable Integer expectedVersion, Actor actor) {
        return take(reference, action, null, note, expectedVersion, actor);
    }

    /**
     * @param reasonCode      one of the service's standard reasons (required to refuse or to ask for information)
     * @param expectedVersion the version the actor saw; null takes the current one (API clients
     *                        that do not track versions accept last-writer-checks only)
     */
    @Transactional
    public DecisionOutcome take(CaseReference reference, String action, @Nullable String reasonCode,
                                @Nullable String note, @Nullable Integer expectedVersion, Actor actor) {
        var found = cases.find(reference).filter(c -> access.visibleTo(c, actor));
        if (found.isEmpty()) return new DecisionOutcome.Refused(Refusal.NOT_FOUND);
        var c = found.get();
        if (expectedVersion != null && expectedVersion != c.version()) {
            return new DecisionOutcome.Refused(Refusal.CONFLICT);
        }
        var service = service(c);
        var workflow = service.workflow();
        var now = clock.instant();
        var step = c.take(workflow, service.reasons(), action, actor, reasonCode, note, now);
        if (step instanceof Case.Refused(var refusal)) return new DecisionOutcome.Refused(refusal);
        var event = ((Case.Moved) step).event();
        var clockNext = StateClock.next(workflow, service, c, event.to(), now);
        var holder = assigning.holderAfter(c, workflow, event.to());
        if (!cases.updateStatus(reference, event.to(), c.version(), now, clockNext.dueAt(), clockNext.pausedSeconds(),
                holder.assignee())) {
            return new DecisionOutcome.Refused(Refusal.CONFLICT);
        }
        cases.appendTimeline(event, actor.username(), now);
        audit.record(new AuditEntry(actor.username(), event.actorRole(), "case." + action, c.applicant(),
                reference.value(), event.reasonCode() == null ? event.note()
                : event.reasonCode() + (event.note() == null ? "" : ": " + event.note()), c.department()));
        assigning.held(c, event.to(), holder, now);
        events.publishEvent(event);
        return new DecisionOutcome.Taken(event.to(), c.version() + 1);
    }

    /** The service as the case was opened under; a later edit of the definition does not move running cases. */
    public ServiceDefinition service(Case c) {
        return catalogue.find(c.serviceCode(), c.serviceVersion()).orElseThrow(() ->
                new IllegalStateException("Case " + c.reference() + " has a service no longer in the catalogue"));
    }
}
