package org.nafitha.municipal.web;

import java.util.Locale;
import java.util.UUID;

import org.nafitha.municipal.MunicipalError;
import org.nafitha.municipal.internal.Registering;
import org.nafitha.municipal.internal.RegistrationQueue;
import org.nafitha.municipal.internal.VerifyingRegistrations;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A public registration after its form ({@link RegistrationPages}): the SMS code that proves the
 * mobile, then the wait for municipal affairs' decision. The registration's random id in the
 * address is the only key.
 */
@Controller
class RegistrationMobilePages {

    private final Registering registering;
    private final VerifyingRegistrations verifying;
    private final RegistrationQueue queue;
    private final MessageSource messages;

    RegistrationMobilePages(Registering registering, VerifyingRegistrations verifying, RegistrationQueue queue,
                            MessageSource messages) {
        this.registering = registering;
        this.verifying = verifying;
        this.queue = queue;
        this.messages = messages;
    }

    @GetMapping("/municipal/register/{id}/mobile")
    String mobile(@PathVariable String id, Model model) {
        var uuid = registration(id);
        var status = verifying.status(uuid).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!"PHONE_UNPROVEN".equals(status)) return "redirect:/municipal/register/" + uuid + "/waiting";
        model.addAttribute("id", uuid);
        return "municipal/register-mobile";
    }

    @PostMapping("/municipal/register/{id}/mobile")
    String prove(@PathVariable String id, @RequestParam(defaultValue = "") String code, Model model, Locale locale) {
        var uuid = registration(id);
        if (verifying.status(uuid).isEmpty()) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        var refused = registering.proveMobile(uuid, code);
        if (refused == null || refused == MunicipalError.NOT_AWAITING_CODE) {
            return "redirect:/municipal/register/" + uuid + "/waiting";
        }
        model.addAttribute("id", uuid);
        model.addAttribute("codeError", messages.getMessage(refused.messageKey(), null, locale));
        model.addAttribute("expired", refused == MunicipalError.CODE_EXPIRED);
        return "municipal/register-mobile";
    }

    @GetMapping("/municipal/register/{id}/waiting")
    String waiting(@PathVariable String id, Model model) {
        var registration = queue.find(registration(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if ("PHONE_UNPROVEN".equals(registration.status())) return "redirect:/municipal/register/" + registration.id() + "/mobile";
        model.addAttribute("status", registration.status());
        model.addAttribute("reason", registration.refusalReason());
        return "municipal/register-waiting";
    }

    private static UUID registration(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
