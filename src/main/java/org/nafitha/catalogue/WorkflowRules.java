package org.nafitha.catalogue;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A service's workflow every case can finish: an initial and a final state, each transition from a state
 * a case can be in and to one it can leave or end in, time limits on states that are counted, and no
 * state from which no path reaches the end.
 */
final class WorkflowRules {

    private WorkflowRules() {
    }

    static void check(ServiceDefinition service, List<String> problems) {
        var workflow = service.workflow();
        var finals = Set.copyOf(workflow.finalStates());
        if (workflow.initial() == null) problems.add("workflow has no initial state");
        if (finals.isEmpty()) problems.add("workflow has no final state");
        if (workflow.initial() == null || finals.isEmpty()) return;
        var entries = new LinkedHashSet<String>();
        entries.add(workflow.initial());
        if (service.fileFields().stream().anyMatch(FieldDefinition::required)) entries.add(ServiceRules.AWAITING_DOCUMENTS);
        var reachable = reachable(entries, workflow.transitions());
        var left = new HashSet<String>();
        var actions = new HashSet<String>();
        for (var t : workflow.transitions()) {
            left.add(t.from());
            actions.add(t.action());
            if (finals.contains(t.from())) {
                problems.add("transition '" + t.action() + "' leaves final state " + t.from());
            } else if (!reachable.contains(t.from())) {
                problems.add("transition '" + t.action() + "' starts from state " + t.from()
                        + ", which is not the initial state and no transition reaches");
            }
        }
        for (var t : workflow.transitions()) {
            if (!finals.contains(t.to()) && !left.contains(t.to())) {
                problems.add("transition '" + t.action() + "' from " + t.from() + " goes to state " + t.to()
                        + ", which is neither final nor left by any transition");
            }
            if (t.notSameActorAs() != null && !actions.contains(t.notSameActorAs())) {
                problems.add("transition '" + t.action() + "' is notSameActorAs '" + t.notSameActorAs()
                        + "', which is no action of this workflow");
            }
        }
        workflow.limits().forEach((state, hours) -> {
            if (!workflow.states().contains(state)) problems.add("limits name state " + state + ", which no transition uses");
            else if (hours == null || hours < 1) problems.add("limit of state " + state + " must be 1 hour or more");
            else if (workflow.limit(state, service.slaDays()) == null) {
                problems.add("limit of state " + state + " is never counted: the state is final or waits for the applicant");
            }
        });
        var finishing = finishing(finals, workflow.transitions());
        reachable.stream().filter(s -> !finishing.contains(s)).sorted()
                .forEach(s -> problems.add("a case in state " + s + " can never reach a final state " + finals));
    }

    private static Set<String> reachable(Set<String> from, List<TransitionDefinition> transitions) {
        var seen = new HashSet<>(from);
        var queue = new ArrayDeque<>(from);
        while (!queue.isEmpty()) {
            var state = queue.poll();
            transitions.stream().filter(t -> t.from().equals(state)).map(TransitionDefinition::to)
                    .filter(seen::add).forEach(queue::add);
        }
        return seen;
    }

    /** States from which some path ends in a final state (walked backwards from the finals). */
    private static Set<String> finishing(Set<String> finals, List<TransitionDefinition> transitions) {
        var seen = new HashSet<>(finals);
        var queue = new ArrayDeque<>(finals);
        while (!queue.isEmpty()) {
            var state = queue.poll();
            transitions.stream().filter(t -> t.to().equals(state)).map(TransitionDefinition::from)
                    .filter(seen::add).forEach(queue::add);
        }
        return seen;
    }
}
