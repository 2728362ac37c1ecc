package org.nafitha.identity.web;

import org.nafitha.identity.internal.*;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The SMS code page between the password and the portal. */
@Controller
class SignInCodeController {

    private final SignInCompletion completion;
    private final MessageSource messages;
    private final SignedInSessions sessions;

    SignInCodeController(SignInCompletion completion, MessageSource messages, SignedInSessions sessions) {
        this.sessions = sessions;
        this.completion = completion;
        this.messages = messages;
    }

    @GetMapping("/signin/code")
    String page() {
        return "identity/code";
    }

    @PostMapping("/signin/code")
    String check(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
                 Model model, Locale locale) {
        var challenge = SignInCodeStep.challenge(request.getSession());
        if (challenge == null) return "redirect:/signin";
        var result = completion.complete(challenge, code);
        if (result.user().isEmpty()) {
            var failed = (OneTimeCodes.Failed) result.check();
            if (failed.problem() != OneTimeCodes.Problem.WRONG) {
                SecurityContextHolder.clearContext();
                request.getSession().invalidate();
                return "redirect:/signin?code" + failed.problem().name().toLowerCase(Locale.ROOT);
            }
            model.addAttribute("codeError", messages.getMessage("identity.otp.WRONG",
                    new Object[]{failed.remainingAttempts()}, locale));
            return "identity/code";
        }
        request.getSession().removeAttribute(SignInCodeStep.CHALLENGE);
        return "redirect:" + sessions.establish(result.user().get(), request, response);
    }

    @PostMapping("/signin/code/resend")
    String resend(HttpServletRequest request, Model model) {
        var challenge = SignInCodeStep.challenge(request.getSession());
        if (challenge == null) return "redirect:/signin";
        model.addAttribute(completion.resend(challenge) ? "resent" : "resendTooSoon", true);
        return "identity/code";
    }
}
