package org.nafitha.cases.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseReference;
import org.nafitha.cases.internal.Case;
import org.nafitha.cases.internal.CaseNotes;
import org.nafitha.cases.internal.CaseSummary;
import org.nafitha.cases.internal.Cases;
import org.nafitha.cases.internal.Supervising;
import org.nafitha.identity.StaffDirectory;
import org.nafitha.identity.StaffNames;
import org.nafitha.cases.internal.DecidingCases;
import org.nafitha.cases.internal.DecisionOutcome;
import org.nafitha.cases.internal.ReadingCases;
import org.nafitha.cases.internal.Refusal;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.catalogue.ServiceDefinition;
import org.nafitha.catalogue.TransitionDefinition;
import org.nafitha.documents.DocumentRead;
import org.nafitha.documents.Documents;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.nafitha.country.ArabicDigits;

/** Department staff: the queue, the case file with its documents, and decision forms. */
@Controller
class StaffController {

    private final ReadingCases reading;
    private final DecidingCases deciding;
    private final Catalogue catalogue;
    private final Documents documents;
    private final AnswerDisplay display;
    private final FieldMessages messages;
    private final Supervising supervising;
    private final CaseNotes caseNotes;
    private final StaffNames staffNames;
    private final StaffDirectory staff;
    private final Clock clock;

    StaffController(ReadingCases reading, DecidingCases deciding, Catalogue catalogue, Documents documents,
                    AnswerDisplay display, FieldMessages messages, Supervising supervising, CaseNotes caseNotes,
                    StaffNames staffNames, StaffDirectory staff, Clock clock) {
        this.supervising = supervising;
        this.caseNotes = caseNotes;
        this.staffNames = staffNames;
        this.staff = staff;
        this.clock = clock;
        this.reading = reading;
        this.deciding = deciding;
        this.catalogue = catalogue;
        this.documents = documents;
        this.display = display;
        this.messages = messages;
    }

    @GetMapping("/staff/queue")
    String queue(@RequestParam(required = false) @Nullable String service,
                 @RequestParam(required = false) @Nullable String state,
                 @RequestParam(required = false) @Nullable String age,
                 @RequestParam(defaultValue = "false") boolean urgent,
                 @RequestParam(defaultValue = "false") boolean breached,
                 @RequestParam(defaultValue = "false") boolean mine, Actor actor, Model model, Locale locale) {
        var filter = new Cases.QueueFilter(blankToNull(service), blankToNull(state), mine ? actor.username() : null,
                urgent, breached, days(age), false);
        var queue = reading.queue(actor, filter);
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
        return "staff/queue";
    }

    /** A head's view of the department: who holds what, what is late, and bulk reassignment. */
    @GetMapping("/staff/team")
    String team(@RequestParam(required = false) @Nullable String assignee,
                @RequestParam(defaultValue = "false") boolean breached, Actor actor, Model model, Locale locale) {
        if (!actor.has(Role.HEAD)) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        var filter = new Cases.QueueFilter(null, null, blankToNull(assignee), false, breached, null, false);
        var cases = reading.team(actor, filter);
        var all = blankToNull(assignee) == null && !breached ? cases
                : reading.team(actor, Cases.QueueFilter.none(false));
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
        model.addAttribute("names", staffNames.of(assignees(cases), locale));
        model.addAttribute("filterAssignee", assignee == null ? "" : assignee);
        model.addAttribute("filterBreached", breached);
        model.addAttribute("now", now);
        model.addAttribute("catalogue", catalogue);
        return "staff/team";
    }

    record MemberLoad(String username, String name, long open, long breached) {
    }

    @PostMapping("/staff/team/reassign")
    String reassignMany(@RequestParam(name = "case", required = false) @Nullable List<String> references,
                        @RequestParam(defaultValue = "") String assignee, @RequestParam(defaultValue = "") String reason,
                        Actor actor, Locale locale, RedirectAttributes redirect) {
        if (!actor.has(Role.HEAD)) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        if (references == null || references.isEmpty()) {
            redirect.addFlashAttribute("teamError", messages.message("staff.team.noneChosen", locale));
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

    @GetMapping("/staff/cases/{reference}")
    String caseFile(@PathVariable String reference, Actor actor, Model model, Locale locale) {
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
        model.addAttribute("reasonLabels", reasonLabels(service, locale));
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
        return "staff/case";
    }

    @PostMapping("/staff/cases/{reference}/decisions")
    String decide(@PathVariable String reference, @RequestParam String action,
                  @RequestParam(defaultValue = "") String reasonCode,
                  @RequestParam(defaultValue = "") String note, @RequestParam(required = false) @Nullable Integer version,
                  Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
        var ref = CaseReference.parse(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var outcome = deciding.take(ref, action, reasonCode, note, version, actor);
        if (outcome instanceof DecisionOutcome.Refused(var refusal)) {
            if (refusal == Refusal.NOT_FOUND) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            model.addAttribute("decisionError", messages.message(refusal.messageKey(), locale));
            model.addAttribute("failedAction", action);
            model.addAttribute("note", note);
            model.addAttribute("reasonCode", reasonCode);
            return caseFile(reference, actor, model, locale);
        }
        redirect.addFlashAttribute("banner", "staff.decision.recorded");
        redirect.addFlashAttribute("bannerReference", ref.value());
        return "redirect:/staff/queue";
    }

    @PostMapping("/staff/cases/{reference}/assignee")
    String reassign(@PathVariable String reference, @RequestParam(defaultValue = "") String assignee,
                    @RequestParam(defaultValue = "") String reason, @RequestParam(required = false) @Nullable Integer version,
                    Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
        var ref = CaseReference.parse(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var refusal = supervising.reassign(ref, assignee, reason, version, actor);
        model.addAttribute("reassignTo", assignee);
        return after(refusal, "staff.reassigned", "reassignError", reference, actor, model, locale, redirect,
                "reassignReason", reason);
    }

    @PostMapping("/staff/cases/{reference}/urgent")
    String markUrgent(@PathVariable String reference, @RequestParam(defaultValue = "") String reason,
                      @RequestParam(required = false) @Nullable Integer version,
                      Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
        var ref = CaseReference.parse(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var refusal = supervising.markUrgent(ref, reason, version, actor);
        return after(refusal, "staff.urgent.marked", "urgentError", reference, actor, model, locale, redirect,
                "urgentReason", reason);
    }

    @PostMapping("/staff/cases/{reference}/notes")
    String addNote(@PathVariable String reference, @RequestParam(defaultValue = "") String body,
                   @RequestParam(defaultValue = "true") boolean internal,
                   Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
        var ref = CaseReference.parse(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var outcome = caseNotes.add(ref, actor, internal, body);
        if (outcome == CaseNotes.Outcome.NOT_FOUND) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        if (outcome != CaseNotes.Outcome.ADDED) {
            model.addAttribute("noteError", messages.message("staff.note." + outcome.name(), locale));
            model.addAttribute("noteBody", body);
            return caseFile(reference, actor, model, locale);
        }
        redirect.addFlashAttribute("banner", internal ? "staff.note.added" : "staff.message.sent");
        redirect.addFlashAttribute("bannerReference", ref.value());
        return "redirect:/staff/cases/" + ref.value() + "#notes";
    }

    private String after(@Nullable Refusal refusal, String banner, String errorAttribute, String reference, Actor actor,
                         Model model, Locale locale, RedirectAttributes redirect, String keptName, String kept) {
        if (refusal == Refusal.NOT_FOUND) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        if (refusal != null) {
            model.addAttribute(errorAttribute, messages.message(refusal.messageKey(), locale));
            model.addAttribute(keptName, kept);
            return caseFile(reference, actor, model, locale);
        }
        redirect.addFlashAttribute("banner", banner);
        redirect.addFlashAttribute("bannerReference", reference);
        return "redirect:/staff/cases/" + reference;
    }

    static Map<String, String> reasonLabels(ServiceDefinition service, Locale locale) {
        var labels = new HashMap<String, String>();
        service.reasons().forEach(r -> labels.put(r.code(), r.label().in(locale)));
        return labels;
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

    private static Set<String> assignees(List<CaseSummary> cases) {
        var names = new HashSet<String>();
        cases.forEach(c -> {
            if (c.assignee() != null) names.add(c.assignee());
        });
        return names;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
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

    /** A document of a case, for staff of its department; the read lands in the audit trail. */
    @GetMapping("/staff/cases/{reference}/documents/{id}")
    ResponseEntity<byte[]> document(@PathVariable String reference, @PathVariable UUID id, Actor actor) {
        var ref = CaseReference.parse(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var attached = reading.documentsVisibleTo(ref, actor).contains(id);
        if (!attached) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        var content = documents.read(id, new DocumentRead(actor.username(), actor.primaryRole().name(), ref.value(),
                "casework", actor.department())).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.document().mediaType()))
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(content.bytes());
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
