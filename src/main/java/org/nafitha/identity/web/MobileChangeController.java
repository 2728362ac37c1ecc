package org.nafitha.identity.web;

import org.nafitha.identity.internal.*;

import java.util.LinkedHashMap;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpSession;

/**
 * Changing the mobile number: by the person, or for them at a service centre's counter
 * ({@link CounterMobileController}); both confirm the codes here.
 */
@Controller
class MobileChangeController {

    /** The change waiting for its codes, in the session; {@code PENDING + ".reason"} is the counter's reason. */
    static final String PENDING = "nafitha.mobileChange";

    private final MobileChanges changes;
    private final MobileChangeStart start;
    private final MessageSource messages;

    MobileChangeController(MobileChanges changes, MobileChangeStart start, MessageSource messages) {
        this.changes = changes;
        this.start = start;
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
        return start.begin(actor.username(), mobile, proveOld, false, session, model, locale);
    }

    @PostMapping({"/account/mobile/confirm", "/staff/counter/mobile/confirm"})
    String confirm(@RequestParam(defaultValue = "") String newCode, @RequestParam(required = false) @Nullable String oldCode,
                   Actor actor, HttpSession session, Model model, Locale locale) {
        if (!(session.getAttribute(PENDING) instanceof MobileChanges.Pending pending)) return "redirect:/account/mobile";
        var counter = !pending.username().equals(actor.username());
        if (counter) MobileChangeStart.requireReception(actor);
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
}
