package org.nafitha.analytics.web;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;

/**
 * Whose figures someone may read: leadership every department's (all, or the one asked for); a
 * head only their own, whether they name it or not; nobody else any.
 */
sealed interface AnalyticsScope {

    /** @param department the department to count, null for all */
    record Allowed(@Nullable String department) implements AnalyticsScope {
    }

    record Denied() implements AnalyticsScope {
    }

    static AnalyticsScope of(Actor actor, @Nullable String asked) {
        if (actor.has(Role.LEADERSHIP)) return new Allowed(asked);
        if (actor.has(Role.HEAD) && actor.department() != null
                && (asked == null || asked.equals(actor.department()))) {
            return new Allowed(actor.department());
        }
        return new Denied();
    }
}
