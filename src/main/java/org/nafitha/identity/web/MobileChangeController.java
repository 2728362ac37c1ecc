package org.nafitha.identity.web;

import org.nafitha.identity.internal.*;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.ArabicDigits;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpSession;

/** Changing the mobile number: by the person, or for them at a service centre's counter. */
@Controller
class MobileChangeController {

    private static final String PENDING = "nafitha.mobileChange";

    private final MobileChanges changes;
    private final MessageSource messages;

    MobileChangeController(MobileChanges changes, MessageSource messages) {
        this.changes = changes;
        this.messages = messages;
    }

    @GetMapping("/account/mobile")
    String form(Model model) {
        model.addAttribute("counter", false);
        return "identity/mobile";
    }

    @PostMapping("/account/mobile")
    String start(@RequestParam(defaultValue = "") String mobile, Actor actor, HttpSession session, Model model,
                 Locale locale) {
        var proveOld = !Boolean.TRUE.equals(session.getAttribute(SignedInSessions.NATIONAL_IDENTITY));
        return begin(actor.username(), mobile, proveOld, false, session, model, locale);
    }

    /** At the counter, after the receptionist checked the person's ID card: the old phone is not needed. */
    @GetMapping("/staff/counter/mobile")
    String counterForm(Actor actor, Model model) {
        requireReception(actor);
        model.addAttribute("counter", true);
        return "identity/mobile";
    }

    @PostMapping("/staff/counter/mobile")
    String counterStart(@RequestParam(defaultValue = "") String nationalId, @RequestParam(defaultValue = "") String mobile,
                        @RequestParam(defaultValue = "false") boolean idChecked,
                        @RequestParam(defaultValue = "") String idDocument, Actor actor, HttpSession session, Model model,
                        Locale locale) {
        requireReception(actor);
        if (!idChecked || idDocument.isBlank()) {
            model.addAttribute("counter", true);
            model.addAttribute("errors", Map.of("idChecked", messages.getMessage("identity.mobile.idCheckRequired", null, locale)));
            model.addAttribute("values", Map.of("nationalId", nationalId, "mobile", mobile, "idDocument", idDocument));
            return "identity/mobile";
        }
        session.setAttribute(PENDING + ".reason", "ID checked at counter by " + actor.username() + ": " + idDocument.strip());
        return begin(ArabicDigits.digitsOnly(nationalId), mobile, false, true, session, model, locale);
    }

    private String begin(String username, String mobile, boolean proveOld, boolean counter, HttpSession session,
                         Model model, Locale locale) {
        var pending = changes.start(username, mobile, proveOld);
        if (pending.isEmpty()) {
            model.addAttribute("counter", counter);
            model.addAttribute("errors", Map.of("mobile", messages.getMessage("identity.mobile.invalid", null, locale)));
            model.addAttribute("values", Map.of("mobile", mobile));
            return "identity/mobile";
        }
        session.setAttribute(PENDING, pending.get());
        model.addAttribute("pending", pending.get());
        model.addAttribute("counter", counter);
        return "identity/mobile-confirm";
    }

    @PostMapping({"/account/mobile/confirm", "/staff/counter/mobile/confirm"})
    String confirm(@RequestParam(defaultValue = "") String newCode, @RequestParam(required = false) @Nullable String oldCode,
                   Actor actor, HttpSession session, Model model, Locale locale) {
        if (!(session.getAttribute(PENDING) instanceof MobileChanges.Pending pending)) return "redirect:/account/mobile";
        var counter = !pending.username().equals(actor.username());
        if (counter) requireReception(actor);
        var reason = counter ? (String) session.getAttribute(PENDING + ".reason") : null;
        var failures = changes.confirm(pending, newCode, oldCode, actor.username(),
                counter ? Role.RECEPTION.name() : Role.APPLICANT.name(), reason);
        if (!failures.isEmpty()) {
            var errors = new LinkedHashMap<String, String>();
            failures.forEach((field, problem) -> errors.put(field,
                    messages.getMessage("identity.otp." + problem.name(), new Object[]{"-"}, locale)));
            session.removeAttribute(PENDING);
            model.addAttribute("counter", counter);
            model.addAttribute("errors", errors);
            return "identity/mobile";
        }
        session.removeAttribute(PENDING);
        session.removeAttribute(PENDING + ".reason");
        return counter ? "redirect:/staff/counter/mobile?changed" : "redirect:/account/mobile?changed";
    }

    private static void requireReception(Actor actor) {
        if (!actor.has(Role.RECEPTION)) throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
}
