package org.nafitha.catalogue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Rules a whole service must keep that no single value can check: a workflow every case can
 * finish, conditions that point at real answers, reasons that do not repeat. A case is opened
 * in the initial state, or in {@value #AWAITING_DOCUMENTS} while a required file is missing.
 */
final class ServiceRules {

    static final String AWAITING_DOCUMENTS = "AWAITING_DOCUMENTS";

    private ServiceRules() {
    }

    static List<String> problems(ServiceDefinition service) {
        var problems = new ArrayList<String>();
        workflow(service, problems);
        conditions(service, problems);
        examples(service, problems);
        prefills(service, problems);
        // The kiosk signs in the person at the screen: they apply for themselves there.
        if (service.kiosk() && !service.applicants().contains(Applicant.SELF)) {
            problems.add("a kiosk service must be open to applying for oneself (applicants: SELF)");
        }
        var codes = new HashSet<String>();
        service.reasons().stream().filter(r -> !codes.add(r.code()))
                .forEach(r -> problems.add("reason " + r.code() + " is listed twice"));
        return problems;
    }

    private static void workflow(ServiceDefinition service, List<String> problems) {
        var workflow = service.workflow();
        var finals = Set.copyOf(workflow.finalStates());
        if (workflow.initial() == null) problems.add("workflow has no initial state");
        if (finals.isEmpty()) problems.add("workflow has no final state");
        if (workflow.initial() == null || finals.isEmpty()) return;
        var entries = new LinkedHashSet<String>();
        entries.add(workflow.initial());
        if (service.fileFields().stream().anyMatch(FieldDefinition::required)) entries.add(AWAITING_DOCUMENTS);
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

    private static void examples(ServiceDefinition service, List<String> problems) {
        for (var field : service.fields()) {
            if (field.pattern() == null) continue;
            try {
                var pattern = Pattern.compile(field.pattern());
                if (field.example() == null) {
                    problems.add("field " + field.name() + " has a pattern but no example of a valid answer");
                } else if (!pattern.matcher(field.example()).matches()) {
                    problems.add("field " + field.name() + ": example '" + field.example() + "' does not match its pattern "
                            + field.pattern());
                }
            } catch (PatternSyntaxException e) {
                problems.add("field " + field.name() + ": pattern " + field.pattern() + " is not a regular expression");
            }
        }
    }

    private static void prefills(ServiceDefinition service, List<String> problems) {
        for (var field : service.fields()) {
            if (field.prefill() != null && !PrefillSources.KNOWN.contains(field.prefill())) {
                problems.add("field " + field.name() + ": prefill source '" + field.prefill() + "' is unknown; known sources are "
                        + PrefillSources.KNOWN.stream().sorted().toList());
            }
        }
    }

    private static void conditions(ServiceDefinition service, List<String> problems) {
        for (var field : service.fields()) {
            var condition = field.showWhen();
            if (condition == null) continue;
            if (field.isFile() || field.prefilled()) {
                problems.add("field " + field.name() + ": showWhen is not supported on file or prefilled fields");
                continue;
            }
            var target = service.field(condition.field());
            if (target.isEmpty() || target.get().type() != FieldType.SELECT) {
                problems.add("field " + field.name() + " is shown when " + condition.field()
                        + " is answered, but the service has no select field of that name");
            } else if (target.get().options().stream().noneMatch(o -> o.value().equals(condition.equals()))) {
                problems.add("field " + field.name() + " is shown when " + condition.field() + " equals '"
                        + condition.equals() + "', which is not one of its options");
            }
        }
    }
}
