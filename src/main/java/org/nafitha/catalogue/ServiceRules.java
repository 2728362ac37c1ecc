package org.nafitha.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
        WorkflowRules.check(service, problems);
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
