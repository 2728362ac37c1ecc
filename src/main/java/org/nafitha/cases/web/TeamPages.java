package org.nafitha.cases.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseReference;
import org.nafitha.cases.internal.CaseQueues;
import org.nafitha.cases.internal.Refusal;
import org.nafitha.cases.internal.StaffQueues;
import org.nafitha.cases.internal.Supervising;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.identity.StaffDirectory;
import org.nafitha.identity.StaffNames;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A head's view of the department's team: who holds what, what is late, and bulk reassignment. */
@Controller
class TeamPages {

    private final StaffQueues queues;
    private final Catalogue catalogue;
    private final FieldMessages messages;
    private final Supervising supervising;
    private final StaffNames staffNames;
    private final StaffDirectory staff;
    private final Clock clock;

    TeamPages(StaffQueues queues, Catalogue catalogue, FieldMessages messages, Supervising supervising,
              StaffNames staffNames, StaffDirectory staff, Clock clock) {
        this.queues = queues;
        this.catalogue = catalogue;
        this.messages = messages;
        this.supervising = supervising;
        this.staffNames = staffNames;
        this.staff = staff;
        this.clock = clock;
    }

    /** A head's view of the department: who holds what, what is late, and bulk reassignment. */
    @GetMapping("/staff/team")
    String team(@RequestParam(required = false) @Nullable String assignee,
                @RequestParam(defaultValue = "false") boolean breached, Actor actor, Model model, Locale locale) {
        if (!actor.has(Role.HEAD)) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        var filter = new CaseQueues.QueueFilter(null, null, QueuePages.blankToNull(assignee), false, breached, null, false);
        var cases = queues.team(actor, filter);
        var all = QueuePages.blankToNull(assignee) == null && !breached ? cases
                : queues.team(actor, CaseQueues.QueueFilter.none(false));
        var now = clock.instant();
        var members = staff.department(actor.department()).stream()
                .filter(m -> m.roles().stream().anyMatch(r -> r == Role.OFFICER || r == Role.REVIEWER || r == Role.HEAD))
                .map(m -> new MemberLoad(m.username(), m.name(locale),
                        all.stream().filter(c -> m.username().equals(c.assignee())).count(),
                        all.stream().filter(c -> m.username().equals(c.assignee()) && c.breached(now)).count()))
                .toList();
        model.addAttribute("members", members);
        model.addAttribute("cases", cases);
        model.addAttribute("unassigned", all.stream().filter(c -> c.assignee() == null).count());
        model.addAttribute("breachedCount", all.stream().filter(c -> c.breached(now)).count());
        model.addAttribute("names", staffNames.of(QueuePages.assignees(cases), locale));
        model.addAttribute("filterAssignee", assignee == null ? "" : assignee);
        model.addAttribute("filterBreached", breached);
        model.addAttribute("now", now);
        model.addAttribute("catalogue", catalogue);
        return "cases/staff/team";
    }

    record MemberLoad(String username, String name, long open, long breached) {
    }

    @PostMapping("/staff/team/reassign")
    String reassignMany(@RequestParam(name = "case", required = false) @Nullable List<String> references,
                        @RequestParam(defaultValue = "") String assignee, @RequestParam(defaultValue = "") String reason,
                        Actor actor, Locale locale, RedirectAttributes redirect) {
        if (!actor.has(Role.HEAD)) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        if (references == null || references.isEmpty()) {
            redirect.addFlashAttribute("teamError", messages.message("cases.staff.team.noneChosen", locale));
            return "redirect:/staff/team";
        }
        if (reason.isBlank()) {
            redirect.addFlashAttribute("teamError", messages.message("cases.refusal.REASON_REQUIRED", locale));
            return "redirect:/staff/team";
        }
        int moved = 0;
        var failed = new ArrayList<String>();
        for (var text : references) {
            var ref = CaseReference.parse(text);
            var refusal = ref.isEmpty() ? Refusal.NOT_FOUND : supervising.reassign(ref.get(), assignee, reason, null, actor);
            if (refusal == null) moved++;
            else failed.add(text + " — " + messages.message(refusal.messageKey(), locale));
        }
        redirect.addFlashAttribute("teamMoved", moved);
        redirect.addFlashAttribute("teamFailed", failed);
        return "redirect:/staff/team";
    }
}
