package org.nafitha.kiosk.web;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.KioskSignIn;
import org.nafitha.kiosk.internal.KioskSessions;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The kiosk's second step, the SMS code sent once the card was read ({@link KioskSignInController}),
 * and signing out, which hands the screen back to the next person.
 */
@Controller
class KioskCodeController {

    private final KioskSignIn signIn;
    private final MessageSource messages;
    private final Clock clock;
    private final LocaleResolver locales;

    KioskCodeController(KioskSignIn signIn, MessageSource messages, Clock clock, LocaleResolver locales) {
        this.signIn = signIn;
        this.messages = messages;
        this.clock = clock;
        this.locales = locales;
    }

    @GetMapping("/kiosk/code")
    String codePage(HttpServletRequest request) {
        return challenge(request) == null ? "redirect:/kiosk" : "kiosk/code";
    }

    @PostMapping("/kiosk/code")
    String code(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
                Model model, Locale locale) {
        var challenge = challenge(request);
        if (challenge == null) return "redirect:/kiosk";
        switch (signIn.complete(challenge, code, request, response)) {
            case KioskSignIn.SignedIn done -> {
                request.getSession().removeAttribute(KioskSignInController.CHALLENGE);
                KioskSessions.mark(request);
                KioskSessions.touched(request, clock.instant());
                return "redirect:/kiosk/home";
            }
            case KioskSignIn.WrongCode wrong -> {
                model.addAttribute("codeError", messages.getMessage("identity.otp.WRONG",
                        new Object[]{wrong.remainingAttempts()}, locale));
                return "kiosk/code";
            }
            case KioskSignIn.Failed failed -> {
                KioskSessions.endFor(request);
                return "redirect:/kiosk?code" + failed.problem().toLowerCase(Locale.ROOT);
            }
        }
    }

    /** The person's own button, and what the screen's countdown presses when time is up. */
    @PostMapping("/kiosk/signout")
    String signOut(HttpServletRequest request, HttpServletResponse response) {
        KioskSessions.endFor(request);
        // the screen is shared: the next person finds it in the country's language, not this person's
        // (whose choice is kept for them: RememberedLanguage)
        locales.setLocale(request, response, null);
        return "redirect:/kiosk?signedOut";
    }

    private static @Nullable UUID challenge(HttpServletRequest request) {
        var session = request.getSession(false);
        return session != null && session.getAttribute(KioskSignInController.CHALLENGE) instanceof UUID id ? id : null;
    }
}
