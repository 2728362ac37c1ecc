package org.nafitha.cases.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nafitha.cases.CaseReference;
import org.nafitha.cases.internal.CallCentre;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.country.ArabicDigits;
import org.nafitha.country.NationalIds;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.identity.StaffNames;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import java.util.HashSet;

/**
 * The call-centre agent's desk: look a case up by its reference or the caller's ID, always with a
 * reason; see where it is and who must act next; log the call. Look-ups are posted, not linked,
 * so the reason travels with each one and no personal number sits in a URL.
 */
@Controller
class CallCentreController {

    private static final int REASON_LENGTH = 300;

    private final CallCentre callCentre;
    private final Catalogue catalogue;
    private final NationalIds nationalIds;
    private final StaffNames staffNames;
    private final FieldMessages messages;

    CallCentreController(CallCentre callCentre, Catalogue catalogue, NationalIds nationalIds, StaffNames staffNames,
                         FieldMessages messages) {
        this.callCentre = callCentre;
        this.catalogue = catalogue;
        this.nationalIds = nationalIds;
        this.staffNames = staffNames;
        this.messages = messages;
    }

    @GetMapping("/call-centre")
    String desk(Actor actor, Model model) {
        requireAgent(actor);
        model.addAttribute("errors", Map.of());
        return "cases/callcentre/desk";
    }

    @PostMapping("/call-centre/lookup")
    String lookUp(@RequestParam(defaultValue = "") String query, @RequestParam(defaultValue = "") String reason,
                  Actor actor, Model model, Locale locale) {
        requireAgent(actor);
        var errors = new HashMap<String, String>();
        if (query.isBlank()) errors.put("query", messages.message("cases.callcentre.query.required", locale));
        if (reason.isBlank()) errors.put("reason", messages.message("cases.callcentre.reason.required", locale));
        else if (reason.strip().length() > REASON_LENGTH) errors.put("reason", messages.message("cases.callcentre.reason.tooLong", locale));
        var reference = CaseReference.parse(query);
        var person = nationalIds.check(query);
        if (!query.isBlank() && reference.isEmpty() && !(person instanceof NationalIds.Valid)) {
            errors.put("query", messages.message("cases.callcentre.query.invalid", locale));
        }
        model.addAttribute("query", query);
        model.addAttribute("reason", reason);
        model.addAttribute("catalogue", catalogue);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            return "cases/callcentre/desk";
        }
        model.addAttribute("errors", Map.of());
        if (reference.isPresent()) return whereabouts(reference.get(), reason, actor, model, locale);
        var id = ((NationalIds.Valid) person).id();
        model.addAttribute("person", ArabicDigits.digitsOnly(query));
        model.addAttribute("cases", callCentre.casesOf(id, reason, actor));
        return "cases/callcentre/desk";
    }

    @PostMapping("/call-centre/cases/{reference}/calls")
    String logCall(@PathVariable String reference, @RequestParam(defaultValue = "") String note,
                   @RequestParam(defaultValue = "") String reason, Actor actor, Model model, Locale locale,
                   RedirectAttributes redirect) {
        requireAgent(actor);
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
            return whereabouts(ref, reason, actor, model, locale);
        }
        if (!callCentre.logCall(ref, note, actor)) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        redirect.addFlashAttribute("banner", "cases.callcentre.logged");
        redirect.addFlashAttribute("bannerReference", ref.value());
        return "redirect:/call-centre";
    }

    private String whereabouts(CaseReference reference, String reason, Actor actor, Model model, Locale locale) {
        var found = callCentre.lookUp(reference, reason, actor);
        if (found.isEmpty()) {
            model.addAttribute("errors", Map.of("query", messages.message("cases.callcentre.notFound", locale)));
            return "cases/callcentre/desk";
        }
        var w = found.get();
        model.addAttribute("where", w);
        model.addAttribute("service", catalogue.find(w.serviceCode()).orElse(null));
        var people = new HashSet<String>();
        if (w.assignee() != null) people.add(w.assignee());
        w.calls().forEach(c -> people.add(c.author()));
        model.addAttribute("names", staffNames.of(people, locale));
        return "cases/callcentre/case";
    }

    private static void requireAgent(Actor actor) {
        if (!actor.has(Role.AGENT)) throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }

}
