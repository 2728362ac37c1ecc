package org.nafitha.identity.web;

import org.nafitha.identity.internal.*;

import java.util.UUID;

import org.nafitha.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.RequestParam;

/** "My mandates": the ones I (or my company) gave, which I can revoke at once, and the ones I hold. */
@Controller
class MandatesController {

    private final MandatesPage page;
    private final GrantingMandates granting;
    private final RevokingMandates revoking;
    private final MessageSource messages;
    private final AppointingRepresentatives appointing;

    MandatesController(MandatesPage page, GrantingMandates granting, MessageSource messages,
                       AppointingRepresentatives appointing, RevokingMandates revoking) {
        this.page = page;
        this.revoking = revoking;
        this.appointing = appointing;
        this.granting = granting;
        this.messages = messages;
    }

    @PostMapping("/mandates")
    String grant(@RequestParam(defaultValue = "") String delegate,
                 @RequestParam(defaultValue = "self") String forWhom,
                 @RequestParam(defaultValue = "") List<String> services,
                 @RequestParam(defaultValue = "") String validUntil,
                 Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
        nationalId(actor);
        var errors = granting.grant(actor, delegate, forWhom, services, validUntil);
        if (errors.isEmpty()) {
            redirect.addFlashAttribute("banner", "identity.mandates.granted");
            return "redirect:/mandates";
        }
        var localised = new LinkedHashMap<String, String>();
        errors.forEach((field, key) -> localised.put(field, messages.getMessage(key, null, key, locale)));
        model.addAttribute("errors", localised);
        model.addAttribute("values", Map.of("delegate", delegate, "forWhom", forWhom, "validUntil", validUntil));
        model.addAttribute("chosen", services);
        return mine(actor, model, locale);
    }

    @GetMapping("/mandates")
    String mine(Actor actor, Model model, Locale locale) {
        return page.render(nationalId(actor), model, locale);
    }

    @PostMapping("/mandates/{id}/revoke")
    String revoke(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
        if (!revoking.revoke(actor, nationalId(actor), id)) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        redirect.addFlashAttribute("banner", "identity.mandates.revoked");
        return "redirect:/mandates";
    }

    @PostMapping("/mandates/representatives")
    String addRepresentative(@RequestParam(defaultValue = "") String crNumber,
                             @RequestParam(defaultValue = "") String representative,
                             Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
        var outcome = appointing.appoint(actor, nationalId(actor), crNumber, representative);
        if (outcome.refusal() == null) {
            redirect.addFlashAttribute("banner", "identity.representatives.added");
            return "redirect:/mandates";
        }
        model.addAttribute("errors", Map.of("representative",
                messages.getMessage(outcome.refusal(), null, outcome.refusal(), locale)));
        model.addAttribute("values", Map.of("representative", representative));
        return mine(actor, model, locale);
    }

    @PostMapping("/mandates/representatives/remove")
    String removeRepresentative(@RequestParam String crNumber,
                                @RequestParam String representative,
                                Actor actor, RedirectAttributes redirect) {
        if (!appointing.dismiss(actor, nationalId(actor), crNumber, representative)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("banner", "identity.mandates.revoked");
        return "redirect:/mandates";
    }

    private static String nationalId(Actor actor) {
        if (actor.nationalId() == null) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        return actor.nationalId();
    }
}
