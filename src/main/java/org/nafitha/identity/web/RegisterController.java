package org.nafitha.identity.web;

import org.nafitha.identity.internal.*;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpSession;

/**
 * Create an account: who you are (checked with the register), your mobile (an SMS code), a password
 * ({@link RegisterPasswordController}).
 */
@Controller
class RegisterController {

    /** The registration's draft in the session, between the steps. */
    static final String DRAFT = "nafitha.registration";

    private final Registrations registrations;
    private final MessageSource messages;

    RegisterController(Registrations registrations, MessageSource messages) {
        this.registrations = registrations;
        this.messages = messages;
    }

    @GetMapping("/register")
    String start(Model model) {
        model.addAttribute("values", Map.of());
        model.addAttribute("errors", Map.of());
        return "identity/register";
    }

    @PostMapping("/register")
    String details(@RequestParam(defaultValue = "") String nationalId, @RequestParam(defaultValue = "") String dateOfBirth,
                   @RequestParam(defaultValue = "") String mobile, HttpSession session, Model model, Locale locale) {
        var started = registrations.start(nationalId, dateOfBirth, mobile);
        if (started.draft() == null) {
            model.addAttribute("values", Map.of("nationalId", nationalId, "dateOfBirth", dateOfBirth, "mobile", mobile));
            model.addAttribute("errors", localise(started.errors(), locale));
            return "identity/register";
        }
        session.setAttribute(DRAFT, started.draft());
        return "redirect:/register/code";
    }

    @GetMapping("/register/code")
    String code(HttpSession session) {
        return session.getAttribute(DRAFT) instanceof Registrations.Draft ? "identity/register-code" : "redirect:/register";
    }

    @PostMapping("/register/code")
    String confirm(@RequestParam(defaultValue = "") String code, HttpSession session, Model model, Locale locale) {
        if (!(session.getAttribute(DRAFT) instanceof Registrations.Draft draft)) return "redirect:/register";
        var check = registrations.confirmMobile(draft, code);
        if (check instanceof OneTimeCodes.Failed failed) {
            if (failed.problem() != OneTimeCodes.Problem.WRONG) {
                session.removeAttribute(DRAFT);
                model.addAttribute("values", Map.of());
                model.addAttribute("errors", Map.of("nationalId",
                        messages.getMessage("identity.otp." + failed.problem().name(), new Object[]{0}, locale)));
                return "identity/register";
            }
            model.addAttribute("codeError", messages.getMessage("identity.otp.WRONG",
                    new Object[]{failed.remainingAttempts()}, locale));
            return "identity/register-code";
        }
        session.setAttribute(DRAFT, new Registrations.Draft(draft.nationalId(), draft.msisdn(), draft.challengeId(), true));
        return "redirect:/register/password";
    }

    private Map<String, String> localise(Map<String, String> errors, Locale locale) {
        var result = new LinkedHashMap<String, String>();
        errors.forEach((field, code) -> result.put(field, messages.getMessage("identity.register." + code,
                new Object[]{registrations.idLength(locale)}, locale)));
        return result;
    }
}
