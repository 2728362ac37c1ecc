package org.nafitha.cases.web;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import org.nafitha.cases.CaseReference;
import org.nafitha.cases.internal.Case;
import org.nafitha.cases.internal.CaseNotes;
import org.nafitha.cases.internal.DecidingCases;
import org.nafitha.cases.internal.ReadingCases;
import org.nafitha.cases.internal.Supervising;
import org.nafitha.catalogue.ServiceDefinition;
import org.nafitha.catalogue.TransitionDefinition;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.identity.StaffNames;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * A case file as its department's staff see it: answers, documents, timeline, notes, who held it, and the
 * steps this member of staff may take (the case's own rules decide, four eyes included).
 */
@Component
class StaffCasePage {

    private final ReadingCases reading;
    private final DecidingCases deciding;
    private final AnswerDisplay display;
    private final Supervising supervising;
    private final CaseNotes caseNotes;
    private final StaffNames staffNames;
    private final Clock clock;

    StaffCasePage(ReadingCases reading, DecidingCases deciding, AnswerDisplay display, Supervising supervising,
                  CaseNotes caseNotes, StaffNames staffNames, Clock clock) {
        this.reading = reading;
        this.deciding = deciding;
        this.display = display;
        this.supervising = supervising;
        this.caseNotes = caseNotes;
        this.staffNames = staffNames;
        this.clock = clock;
    }

    String render(String reference, Actor actor, Model model, Locale locale) {
        var ref = CaseReference.parse(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var view = reading.read(ref, actor, "casework").orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var c = view.caseFile();
        var service = deciding.service(c);
        var assignments = reading.assignments(ref);
        var people = new HashSet<String>();
        assignments.forEach(a -> {
            people.add(a.assignee());
            if (a.assignedBy() != null) people.add(a.assignedBy());
        });
        if (c.assignee() != null) people.add(c.assignee());
        if (c.engine().enteredBy() != null) people.add(c.engine().enteredBy());
        var notes = caseNotes.of(ref, actor).orElse(List.of());
        notes.forEach(n -> people.add(n.author()));
        model.addAttribute("caseFile", c);
        model.addAttribute("service", service);
        model.addAttribute("rows", display.rows(service, c.answers(), locale));
        model.addAttribute("documents", view.documents());
        model.addAttribute("timeline", view.timeline());
        model.addAttribute("reasonLabels", AnswerDisplay.reasonLabels(service, locale));
        var actions = actions(service, c, actor);
        model.addAttribute("actions", actions);
        model.addAttribute("fourEyesBlocked", fourEyesBlocked(service, c, actor));
        model.addAttribute("notYours", c.assignee() != null && !c.assignee().equals(actor.username())
                && !actor.has(Role.HEAD) && !actions.isEmpty());
        model.addAttribute("assignments", assignments);
        model.addAttribute("eligible", actor.has(Role.HEAD) ? supervising.eligible(ref, actor) : List.of());
        model.addAttribute("names", staffNames.of(people, locale));
        model.addAttribute("notes", notes);
        model.addAttribute("now", clock.instant());
        model.addAttribute("appealOf", c.engine().appealOf());
        return "cases/staff/case";
    }

    /** A step the actor can take; {@code reasons} when it must name one of the service's standard reasons. */
    record ActionView(String action, boolean reasonRequired, boolean reasons) {
    }

    private static List<ActionView> actions(ServiceDefinition service, Case c, Actor actor) {
        var workflow = service.workflow();
        return workflow.transitions().stream()
                .filter(t -> t.from().equals(c.status()) && holdsRole(t, actor) && !c.fourEyesBar(t, actor))
                .map(t -> new ActionView(t.action(), t.reasonRequired(), workflow.reasonCodeRequired(t, service.reasons())))
                .toList();
    }

    private static boolean fourEyesBlocked(ServiceDefinition service, Case c, Actor actor) {
        return service.workflow().transitions().stream()
                .anyMatch(t -> t.from().equals(c.status()) && holdsRole(t, actor) && c.fourEyesBar(t, actor));
    }

    private static boolean holdsRole(TransitionDefinition t, Actor actor) {
        return t.roles().stream().map(Role::valueOf).anyMatch(r -> r.isStaff() && actor.has(r));
    }
}
