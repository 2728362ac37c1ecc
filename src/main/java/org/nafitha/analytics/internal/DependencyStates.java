package org.nafitha.analytics.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.nafitha.analytics.internal.StatusChecks.State;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;

/** The dependencies' states now, as Spring Boot's health indicators tell them; a composite is its worst part. */
final class DependencyStates {

    /** The application's own probes, not dependencies. */
    private static final Set<String> NOT_DEPENDENCIES = Set.of("ping", "livenessState", "readinessState");

    private final ObjectProvider<HealthContributorRegistry> registry;

    DependencyStates(ObjectProvider<HealthContributorRegistry> registry) {
        this.registry = registry;
    }

    /** Each dependency's state now, by name. */
    Map<String, State> now() {
        var states = new LinkedHashMap<String, State>();
        var contributors = registry.getIfAvailable();
        if (contributors == null) return states;
        contributors.stream().filter(e -> !NOT_DEPENDENCIES.contains(e.name()))
                .sorted(Comparator.comparing(e -> e.name()))
                .forEach(e -> states.put(e.name(), state(e.contributor())));
        return states;
    }

    private static State state(HealthContributor contributor) {
        try {
            if (contributor instanceof HealthIndicator indicator) {
                var health = indicator.health(false);
                if (health == null) return State.UNKNOWN;
                var status = health.getStatus();
                return Status.UP.equals(status) ? State.UP : Status.UNKNOWN.equals(status) ? State.UNKNOWN : State.DOWN;
            }
            if (contributor instanceof CompositeHealthContributor composite) {
                var worst = State.UP;
                for (var child : composite) {
                    var s = state(child.contributor());
                    if (s == State.DOWN) return State.DOWN;
                    if (s == State.UNKNOWN) worst = State.UNKNOWN;
                }
                return worst;
            }
            return State.UNKNOWN;
        } catch (RuntimeException e) {
            // An indicator that throws is a dependency we cannot reach.
            return State.DOWN;
        }
    }
}
