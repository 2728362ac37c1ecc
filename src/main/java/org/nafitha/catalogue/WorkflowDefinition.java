package org.nafitha.catalogue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A service's states and the transitions between them; the case engine interprets it. */
public record WorkflowDefinition(String initial, List<String> finalStates, List<TransitionDefinition> transitions) {

    public WorkflowDefinition {
        finalStates = finalStates == null ? List.of() : List.copyOf(finalStates);
        if (transitions == null || transitions.isEmpty()) throw new IllegalArgumentException("workflow has no transitions");
        transitions = List.copyOf(transitions);
    }

    public Set<String> states() {
        return transitions.stream().flatMap(t -> java.util.stream.Stream.of(t.from(), t.to()))
                .collect(Collectors.toSet());
    }

    /** States in which someone holding one of {@code roles} has something to do. */
    public Set<String> statesActionableBy(Set<String> roles) {
        return transitions.stream().filter(t -> t.roles().stream().anyMatch(roles::contains))
                .map(TransitionDefinition::from).collect(Collectors.toSet());
    }
}
