package org.nafitha.cases.internal;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.nafitha.catalogue.ServiceDefinition;
import org.nafitha.catalogue.WorkflowDefinition;

/** The clock of a case's state: when it falls due, or how much was left when it was paused. */
record StateClock(@Nullable Instant dueAt, @Nullable Long pausedSeconds) {

    /**
     * The clock of the state a case enters: paused (keeping what was left) while the ministry waits for
     * the applicant; resumed with what was left when it comes back; otherwise the state's own limit.
     */
    static StateClock next(WorkflowDefinition workflow, ServiceDefinition service, Case c, String state, Instant now) {
        var engine = c.engine();
        if (workflow.waitsForApplicant(state)) {
            var left = engine.dueAt() == null ? null : Math.max(0, Duration.between(now, engine.dueAt()).toSeconds());
            return new StateClock(null, left);
        }
        var limit = workflow.limit(state, service.slaDays());
        if (limit == null) return new StateClock(null, null);
        if (engine.pausedSeconds() != null) return new StateClock(now.plusSeconds(engine.pausedSeconds()), null);
        return new StateClock(now.plus(limit), null);
    }
}
