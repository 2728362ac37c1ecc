package org.nafitha.cases.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseReference;
import org.nafitha.cases.internal.CaseNotes;
import org.nafitha.cases.internal.DecidingCases;
import org.nafitha.cases.internal.DecisionOutcome;
import org.nafitha.cases.internal.Refusal;
import org.nafitha.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Department staff: the case file ({@link StaffCasePage}), decisions and notes. Reassignment and urgency are
 * {@link CaseSupervisionPages}, a document {@link StaffCaseDocuments}, the queue {@link QueuePages}.
 */
@Controller
class StaffController {

    private final StaffCasePage page;
    private final DecidingCases deciding;
    private final FieldMessages messages;
    private final CaseNotes caseNotes;

    StaffController(StaffCasePage page, DecidingCases deciding, FieldMessages messages, CaseNotes caseNotes) {
        this.page = page;
        this.caseNotes = caseNotes;
        this.deciding = deciding;
        this.messages = messages;
    }

    @GetMapping("/staff/cases/{reference}")
    String caseFile(@PathVariable String reference, Actor actor, Model model, Locale locale) {
        return page.render(reference, actor, model, locale);
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
}
