package org.nafitha.cases.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.nafitha.cases.CaseReference;
import org.nafitha.cases.internal.CallCentre;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.country.ArabicDigits;
import org.nafitha.country.NationalIds;
import org.nafitha.identity.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The call-centre agent's desk: look a case up by its reference or the caller's ID, always with a
 * reason; see where it is and who must act next ({@link CallCentreCasePage}); log the call
 * ({@link CallLogController}). Look-ups are posted, not linked,
 * so the reason travels with each one and no personal number sits in a URL.
 */
@Controller
class CallCentreController {

    private static final int REASON_LENGTH = 300;

    private final CallCentre callCentre;
    private final CallCentreCasePage casePage;
    private final Catalogue catalogue;
    private final NationalIds nationalIds;
    private final FieldMessages messages;

    CallCentreController(CallCentre callCentre, CallCentreCasePage casePage, Catalogue catalogue,
                         NationalIds nationalIds, FieldMessages messages) {
        this.callCentre = callCentre;
        this.casePage = casePage;
        this.catalogue = catalogue;
        this.nationalIds = nationalIds;
        this.messages = messages;
    }

    @GetMapping("/call-centre")
    String desk(Actor actor, Model model) {
        CallCentreCasePage.requireAgent(actor);
        model.addAttribute("errors", Map.of());
        return "cases/callcentre/desk";
    }

    @PostMapping("/call-centre/lookup")
    String lookUp(@RequestParam(defaultValue = "") String query, @RequestParam(defaultValue = "") String reason,
                  Actor actor, Model model, Locale locale) {
        CallCentreCasePage.requireAgent(actor);
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
        if (reference.isPresent()) return casePage.render(reference.get(), reason, actor, model, locale);
        var id = ((NationalIds.Valid) person).id();
        model.addAttribute("person", ArabicDigits.digitsOnly(query));
        model.addAttribute("cases", callCentre.casesOf(id, reason, actor));
        return "cases/callcentre/desk";
    }
}
