package org.nafitha.cases.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseReference;
import org.nafitha.cases.internal.Case;
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

/** Department staff: the queue, the case file with its documents, and decision forms. */
@Controller
class StaffController {

    private final ReadingCases reading;
    private final DecidingCases deciding;
    private final Catalogue catalogue;
    private final Documents documents;
    private final AnswerDisplay display;
    private final FieldMessages messages;

    StaffController(ReadingCases reading, DecidingCases deciding, Catalogue catalogue, Documents documents,
                    AnswerDisplay display, FieldMessages messages) {
        this.reading = reading;
        this.deciding = deciding;
        this.catalogue = catalogue;
        this.documents = documents;
        this.display = display;
        this.messages = messages;
    }

    @GetMapping("/staff/queue")
    String queue(Actor actor, Model model) {
        model.addAttribute("queue", reading.queue(actor));
        model.addAttribute("catalogue", catalogue);
        return "staff/queue";
    }

    @GetMapping("/staff/cases/{reference}")
    String caseFile(@PathVariable String reference, Actor actor, Model model, Locale locale) {
        var view = CaseReference.parse(reference).flatMap(ref -> reading.read(ref, actor, "casework"))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var c = view.caseFile();
        var service = catalogue.find(c.serviceCode()).orElseThrow();
        model.addAttribute("caseFile", c);
        model.addAttribute("service", service);
        model.addAttribute("rows", display.rows(service, c.answers(), locale));
        model.addAttribute("documents", view.documents());
        model.addAttribute("timeline", view.timeline());
        model.addAttribute("actions", actions(service, c, actor));
        model.addAttribute("fourEyesBlocked", fourEyesBlocked(service, c, actor));
        return "staff/case";
    }

    @PostMapping("/staff/cases/{reference}/decisions")
    String decide(@PathVariable String reference, @RequestParam String action,
                  @RequestParam(defaultValue = "") String note, @RequestParam(required = false) @Nullable Integer version,
                  Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
        var ref = CaseReference.parse(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var outcome = deciding.take(ref, action, note, version, actor);
        if (outcome instanceof DecisionOutcome.Refused(var refusal)) {
            if (refusal == Refusal.NOT_FOUND) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            model.addAttribute("decisionError", messages.message(refusal.messageKey(), locale));
            model.addAttribute("failedAction", action);
            model.addAttribute("note", note);
            return caseFile(reference, actor, model, locale);
        }
        redirect.addFlashAttribute("banner", "staff.decision.recorded");
        redirect.addFlashAttribute("bannerReference", ref.value());
        return "redirect:/staff/queue";
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

    record ActionView(String action, boolean reasonRequired) {
    }

    private static List<ActionView> actions(ServiceDefinition service, Case c, Actor actor) {
        return service.workflow().transitions().stream()
                .filter(t -> t.from().equals(c.status()) && holdsRole(t, actor) && !blocked(t, c, actor))
                .map(t -> new ActionView(t.action(), t.reasonRequired())).toList();
    }

    private static boolean fourEyesBlocked(ServiceDefinition service, Case c, Actor actor) {
        return service.workflow().transitions().stream()
                .anyMatch(t -> t.from().equals(c.status()) && holdsRole(t, actor) && blocked(t, c, actor));
    }

    private static boolean holdsRole(TransitionDefinition t, Actor actor) {
        return t.roles().stream().map(Role::valueOf).anyMatch(r -> r.isStaff() && actor.has(r));
    }

    private static boolean blocked(TransitionDefinition t, Case c, Actor actor) {
        return t.notSameActorAs() != null && actor.username().equals(c.lastActor(t.notSameActorAs()));
    }
}
