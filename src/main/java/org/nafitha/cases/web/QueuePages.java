package org.nafitha.cases.web;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.internal.CaseQueues;
import org.nafitha.cases.internal.CaseSummary;
import org.nafitha.cases.internal.StaffQueues;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.catalogue.ServiceDefinition;
import org.nafitha.country.ArabicDigits;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.identity.StaffNames;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A department's work as a page: the queue, filtered by service, state, age, urgency, lateness, mine.
 * A head's view of the team is {@link TeamPages}.
 */
@Controller
class QueuePages {

    private final StaffQueues queues;
    private final Catalogue catalogue;
    private final StaffNames staffNames;
    private final Clock clock;

    QueuePages(StaffQueues queues, Catalogue catalogue, StaffNames staffNames, Clock clock) {
        this.queues = queues;
        this.catalogue = catalogue;
        this.staffNames = staffNames;
        this.clock = clock;
    }

    @GetMapping("/staff/queue")
    String queue(@RequestParam(required = false) @Nullable String service,
                 @RequestParam(required = false) @Nullable String state,
                 @RequestParam(required = false) @Nullable String age,
                 @RequestParam(defaultValue = "false") boolean urgent,
                 @RequestParam(defaultValue = "false") boolean breached,
                 @RequestParam(defaultValue = "false") boolean mine, Actor actor, Model model, Locale locale) {
        var filter = new CaseQueues.QueueFilter(blankToNull(service), blankToNull(state), mine ? actor.username() : null,
                urgent, breached, days(age), false);
        var queue = queues.queue(actor, filter);
        model.addAttribute("queue", queue);
        model.addAttribute("filter", filter);
        model.addAttribute("age", age == null ? "" : age);
        model.addAttribute("mine", mine);
        model.addAttribute("isHead", actor.has(Role.HEAD));
        model.addAttribute("services", departmentServices(actor));
        model.addAttribute("states", departmentStates(actor));
        model.addAttribute("names", staffNames.of(assignees(queue), locale));
        model.addAttribute("now", clock.instant());
        model.addAttribute("catalogue", catalogue);
        return "cases/staff/queue";
    }

    private List<ServiceDefinition> departmentServices(Actor actor) {
        return catalogue.all().stream().filter(s -> s.department().equals(actor.department())).toList();
    }

    private SortedSet<String> departmentStates(Actor actor) {
        var states = new TreeSet<String>();
        departmentServices(actor).forEach(s -> s.workflow().states().stream().filter(st -> !s.workflow().isFinal(st))
                .forEach(states::add));
        return states;
    }

    static Set<String> assignees(List<CaseSummary> cases) {
        var names = new HashSet<String>();
        cases.forEach(c -> {
            if (c.assignee() != null) names.add(c.assignee());
        });
        return names;
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static @Nullable Integer days(@Nullable String age) {
        if (age == null || age.isBlank()) return null;
        try {
            var d = Integer.parseInt(ArabicDigits.toLatin(age).strip());
            return d < 0 ? null : d;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
