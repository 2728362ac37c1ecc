package org.nafitha.catalogue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import java.util.LinkedHashSet;
import java.util.stream.Stream;

/**
 * A service's states and the transitions between them; the case engine interprets it.
 *
 * @param limits hours a case may stay in a state before it is escalated to the head; a state the
 *               applicant must act in has no limit (the clock is paused there), and a staff state
 *               without an entry gets the service's whole service-level time
 */
public record WorkflowDefinition(String initial, List<String> finalStates, List<TransitionDefinition> transitions,
                                 @Nullable Map<String, Integer> limits) {

    public static final String APPLICANT = "APPLICANT";

    public WorkflowDefinition {
        finalStates = finalStates == null ? List.of() : List.copyOf(finalStates);
        if (transitions == null || transitions.isEmpty()) throw new IllegalArgumentException("workflow has no transitions");
        transitions = List.copyOf(transitions);
        limits = limits == null ? Map.of() : Map.copyOf(limits);
    }

    public WorkflowDefinition(String initial, List<String> finalStates, List<TransitionDefinition> transitions) {
        this(initial, finalStates, transitions, null);
    }

    public Set<String> states() {
        return transitions.stream().flatMap(t -> Stream.of(t.from(), t.to()))
                .collect(Collectors.toSet());
    }

    /** States in which someone holding one of {@code roles} has something to do. */
    public Set<String> statesActionableBy(Set<String> roles) {
        return transitions.stream().filter(t -> t.roles().stream().anyMatch(roles::contains))
                .map(TransitionDefinition::from).collect(Collectors.toSet());
    }

    public boolean isFinal(String state) {
        return finalStates.contains(state);
    }

    /** Only the applicant can move the case on: the ministry waits, and its clock is paused. */
    public boolean waitsForApplicant(String state) {
        var out = from(state);
        return !out.isEmpty() && out.stream().allMatch(t -> t.roles().equals(List.of(APPLICANT)));
    }

    public List<TransitionDefinition> from(String state) {
        return transitions.stream().filter(t -> t.from().equals(state)).toList();
    }

    /** The roles that can move a case on from this state, in the order the definition names them. */
    public Set<String> rolesActingIn(String state) {
        return from(state).stream().flatMap(t -> t.roles().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * A step that refuses the case or hands it back to the applicant must name one of the service's
     * standard reasons (when it has any): the applicant reads it.
     */
    public boolean reasonCodeRequired(TransitionDefinition t, List<Reason> reasons) {
        return t.reasonRequired() && !reasons.isEmpty() && (isFinal(t.to()) || waitsForApplicant(t.to()));
    }

    /** How long a case may stay in the state; null when its clock does not run there. */
    public @Nullable Duration limit(String state, int slaDays) {
        if (isFinal(state) || waitsForApplicant(state) || from(state).isEmpty()) return null;
        var hours = limits.get(state);
        return hours == null ? Duration.ofDays(slaDays) : Duration.ofHours(hours);
    }
}
