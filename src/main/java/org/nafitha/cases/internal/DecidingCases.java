package org.nafitha.cases.internal;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseReference;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.identity.Actor;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves cases along their workflow: officers' decisions, reviewers' confirmations, the
 * applicant's answers. The case's rules decide; this service loads, saves under an optimistic
 * lock and records. Two people acting on the same version: the first wins, the second is told.
 */
@Service
public class DecidingCases {

    private final Cases cases;
    private final Catalogue catalogue;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;
    private final CaseAccess access;

    DecidingCases(Cases cases, Catalogue catalogue, AuditTrail audit, ApplicationEventPublisher events,
                  java.time.Clock clock, CaseAccess access) {
        this.access = access;
        this.cases = cases;
        this.catalogue = catalogue;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param expectedVersion the version the actor saw; null takes the current one (API clients
     *                        that do not track versions accept last-writer-checks only)
     */
    @Transactional
    public DecisionOutcome take(CaseReference reference, String action, @Nullable String note,
                                @Nullable Integer expectedVersion, Actor actor) {
        var found = cases.find(reference).filter(c -> access.visibleTo(c, actor));
        if (found.isEmpty()) return new DecisionOutcome.Refused(Refusal.NOT_FOUND);
        var c = found.get();
        if (expectedVersion != null && expectedVersion != c.version()) {
            return new DecisionOutcome.Refused(Refusal.CONFLICT);
        }
        var workflow = catalogue.find(c.serviceCode()).orElseThrow(() ->
                new IllegalStateException("Case " + reference + " has a service no longer in the catalogue")).workflow();
        var now = clock.instant();
        var step = c.take(workflow, action, actor, note, now);
        if (step instanceof Case.Refused(var refusal)) return new DecisionOutcome.Refused(refusal);
        var event = ((Case.Moved) step).event();
        if (!cases.updateStatus(reference, event.to(), c.version(), now)) {
            return new DecisionOutcome.Refused(Refusal.CONFLICT);
        }
        cases.appendTimeline(event, actor.username(), now);
        audit.record(new AuditEntry(actor.username(), event.actorRole(), "case." + action, c.applicant(),
                reference.value(), event.note()));
        events.publishEvent(event);
        return new DecisionOutcome.Taken(event.to(), c.version() + 1);
    }

}
