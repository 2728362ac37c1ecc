package org.nafitha.identity.web;

import static org.nafitha.identity.web.RegisterController.DRAFT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nafitha.identity.internal.CompletingRegistrations;
import org.nafitha.identity.internal.Registrations;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpSession;

/** Registration's last step, once the mobile is proven: the password chosen, the account created. */
@Controller
class RegisterPasswordController {

    private final CompletingRegistrations completing;
    private final MessageSource messages;

    RegisterPasswordController(CompletingRegistrations completing, MessageSource messages) {
        this.completing = completing;
        this.messages = messages;
    }

    @GetMapping("/register/password")
    String password(HttpSession session, Model model) {
        if (!(session.getAttribute(DRAFT) instanceof Registrations.Draft draft) || !draft.mobileConfirmed()) {
            return "redirect:/register";
        }
        model.addAttribute("errors", Map.of());
        return "identity/register-password";
    }

    @PostMapping("/register/password")
    String choose(@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirmation,
                  HttpSession session, Model model, Locale locale) {
        if (!(session.getAttribute(DRAFT) instanceof Registrations.Draft draft)) return "redirect:/register";
        List<String> problems;
        try {
            problems = completing.complete(draft, password, confirmation);
        } catch (DuplicateKeyException alreadyCreated) {
            // A double click: the first request created the account; this one has nothing left to do.
            session.removeAttribute(DRAFT);
            return "redirect:/signin?registered";
        }
        if (!problems.isEmpty()) {
            var errors = new LinkedHashMap<String, String>();
            for (var problem : problems) {
                var field = "mismatch".equals(problem) ? "confirmation" : "password";
                errors.putIfAbsent(field, messages.getMessage("identity.password." + problem, null, locale));
            }
            model.addAttribute("errors", errors);
            return "identity/register-password";
        }
        session.removeAttribute(DRAFT);
        return "redirect:/signin?registered";
    }
}
