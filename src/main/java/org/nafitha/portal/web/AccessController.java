package org.nafitha.portal.web;

import org.nafitha.identity.Actor;
import org.nafitha.identity.StaffNames;
import org.nafitha.transparency.TransparencyProperties;
import org.nafitha.transparency.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import java.util.Locale;
import java.util.Map;

/** "Who looked at my file": every staff look at my cases and documents, and a way to question one. */
@Controller
class AccessController {

    private final AuditTrail audit;
    private final StaffNames staffNames;
    private final TransparencyProperties properties;

    AccessController(AuditTrail audit, StaffNames staffNames, TransparencyProperties properties) {
        this.audit = audit;
        this.staffNames = staffNames;
        this.properties = properties;
    }

    @GetMapping("/account/access")
    String accesses(Actor actor, Model model, Locale locale) {
        var me = nationalId(actor);
        var accesses = audit.accessesTo(me);
        model.addAttribute("accesses", accesses);
        // The officer's name is shown only where the country's policy says so; role and department always.
        model.addAttribute("names", properties.showOfficerNames()
                ? staffNames.of(accesses.stream().map(AuditTrail.Access::actor).distinct().toList(), locale)
                : Map.of());
        model.addAttribute("questioned", audit.questioned(me));
        return "portal/access";
    }

    @PostMapping("/account/access/{id}/question")
    String question(@PathVariable long id, @RequestParam(defaultValue = "") String question, Actor actor,
                    RedirectAttributes redirect) {
        if (!audit.question(id, nationalId(actor), questionText(question))) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        redirect.addFlashAttribute("banner", "portal.access.questioned");
        return "redirect:/account/access";
    }

    /** A question as kept: a blank one still records that the person asked, a long one is cut at 1,000 characters. */
    static String questionText(String question) {
        return question.isBlank() ? "—" : question.length() > 1000 ? question.substring(0, 1000) : question;
    }

    private static String nationalId(Actor actor) {
        if (actor.nationalId() == null) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        return actor.nationalId();
    }
}
