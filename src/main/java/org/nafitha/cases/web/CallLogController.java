package org.nafitha.cases.web;

import java.util.Locale;
import java.util.Map;

import org.nafitha.cases.CaseReference;
import org.nafitha.cases.internal.CallCentre;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A call logged on the case an agent looked up, as an internal note; a note too long or empty is shown again. */
@Controller
class CallLogController {

    private final CallCentre callCentre;
    private final CallCentreCasePage casePage;
    private final Catalogue catalogue;
    private final FieldMessages messages;

    CallLogController(CallCentre callCentre, CallCentreCasePage casePage, Catalogue catalogue, FieldMessages messages) {
        this.callCentre = callCentre;
        this.casePage = casePage;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @PostMapping("/call-centre/cases/{reference}/calls")
    String logCall(@PathVariable String reference, @RequestParam(defaultValue = "") String note,
                   @RequestParam(defaultValue = "") String reason, Actor actor, Model model, Locale locale,
                   RedirectAttributes redirect) {
        CallCentreCasePage.requireAgent(actor);
        var ref = CaseReference.parse(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        // The note form carries the reason of the look-up it came from; without one, start again.
        if (reason.isBlank()) return "redirect:/call-centre";
        if (note.isBlank() || note.strip().length() > CallCentre.NOTE_LENGTH) {
            model.addAttribute("noteError", messages.message(note.isBlank() ? "cases.callcentre.note.required"
                    : "cases.callcentre.note.tooLong", locale));
            model.addAttribute("note", note);
            model.addAttribute("reason", reason);
            model.addAttribute("catalogue", catalogue);
            model.addAttribute("errors", Map.of());
            return casePage.render(ref, reason, actor, model, locale);
        }
        if (!callCentre.logCall(ref, note, actor)) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        redirect.addFlashAttribute("banner", "cases.callcentre.logged");
        redirect.addFlashAttribute("bannerReference", ref.value());
        return "redirect:/call-centre";
    }
}
