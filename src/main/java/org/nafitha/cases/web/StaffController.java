package org.nafitha.cases.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseReference;
import org.nafitha.cases.internal.Case;
import org.nafitha.cases.internal.CaseNotes;
import org.nafitha.cases.internal.Supervising;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

/** Department staff: the case file with its documents, decisions, reassignment, urgency and notes (the queue: {@link QueuePages}). */
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
    private final Clock clock;

    StaffController(ReadingCases reading, DecidingCases deciding, Catalogue catalogue, Documents documents,
                    AnswerDisplay display, FieldMessages messages, Supervising supervising, CaseNotes caseNotes,
                    StaffNames staffNames, Clock clock) {
        this.supervising = supervising;
        this.caseNotes = caseNotes;
        this.staffNames = staffNames;
        this.clock = clock;
        this.reading = reading;
        this.deciding = deciding;
        this.catalogue = catalogue;
        this.documents = documents;
        this.display = display;
        this.messages = messages;
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
        return "cases/staff/case";
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
        redirect.addFlashAttribute("banner", "cases.staff.decision.recorded");
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
        return after(refusal, "cases.staff.reassigned", "reassignError", reference, actor, model, locale, redirect,
                "reassignReason", reason);
    }

    @PostMapping("/staff/cases/{reference}/urgent")
    String markUrgent(@PathVariable String reference, @RequestParam(defaultValue = "") String reason,
                      @RequestParam(required = false) @Nullable Integer version,
                      Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
        var ref = CaseReference.parse(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var refusal = supervising.markUrgent(ref, reason, version, actor);
        return after(refusal, "cases.staff.urgent.marked", "urgentError", reference, actor, model, locale, redirect,
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
            model.addAttribute("noteError", messages.message("cases.staff.note." + outcome.name(), locale));
            model.addAttribute("noteBody", body);
            return caseFile(reference, actor, model, locale);
        }
        redirect.addFlashAttribute("banner", internal ? "cases.staff.note.added" : "cases.staff.message.sent");
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
