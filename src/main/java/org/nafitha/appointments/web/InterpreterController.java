package org.nafitha.appointments.web;

import org.nafitha.appointments.internal.Interpreters;
import org.nafitha.identity.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The person asks for (or no longer needs) a sign-language interpreter on their appointment's page. */
@Controller
class InterpreterController {

    private final Interpreters interpreters;

    InterpreterController(Interpreters interpreters) {
        this.interpreters = interpreters;
    }

    @PostMapping("/appointments/{code}/interpreter")
    String request(@PathVariable String code, @RequestParam(defaultValue = "") String note, Actor actor,
                   RedirectAttributes redirect) {
        var refused = interpreters.request(actor, code, note);
        redirect.addFlashAttribute("interpreterOutcome", refused.map(Interpreters.Refusal::messageKey)
                .orElse("appointments.interpreter.requested"));
        if (refused.isPresent()) redirect.addFlashAttribute("interpreterNote", note);
        return "redirect:/appointments/" + code;
    }

    @PostMapping("/appointments/{code}/interpreter/withdraw")
    String withdraw(@PathVariable String code, Actor actor, RedirectAttributes redirect) {
        interpreters.withdraw(actor, code);
        redirect.addFlashAttribute("interpreterOutcome", "appointments.interpreter.withdrawn");
        return "redirect:/appointments/" + code;
    }
}
