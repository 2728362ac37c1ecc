package org.nafitha.kiosk.web;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.nafitha.country.Calendars;
import org.nafitha.country.NationalIds;
import org.nafitha.identity.CurrentActor;
import org.nafitha.identity.KioskSignIn;
import org.nafitha.kiosk.CardReader;
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
import org.jspecify.annotations.Nullable;

/**
 * The kiosk's start: the card (typed in the demo), then the SMS code. Opening the start page
 * turns the browser into a kiosk for good; a portal session open in it is ended first.
 */
@Controller
class KioskSignInController {

    private static final String CHALLENGE = "nafitha.kiosk.challenge";

    private final CardReader cards;
    private final NationalIds nationalIds;
    private final KioskSignIn signIn;
    private final CurrentActor current;
    private final MessageSource messages;
    private final Clock clock;
    private final Calendars calendars;
    private final LocaleResolver locales;

    KioskSignInController(CardReader cards, NationalIds nationalIds, KioskSignIn signIn, CurrentActor current,
                          MessageSource messages, Clock clock, Calendars calendars, LocaleResolver locales) {
        this.locales = locales;
        this.calendars = calendars;
        this.cards = cards;
        this.nationalIds = nationalIds;
        this.signIn = signIn;
        this.current = current;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/kiosk")
    String start(HttpServletRequest request, Model model) {
        var signedIn = current.get().isPresent();
        if (signedIn && KioskSessions.isKiosk(request.getSession(false))) return "redirect:/kiosk/home";
        if (signedIn) KioskSessions.endFor(request);
        KioskSessions.mark(request);
        model.addAttribute("errors", Map.of());
        return "kiosk/start";
    }

    @PostMapping("/kiosk/card")
    String card(HttpServletRequest request, Model model, Locale locale) {
        var read = cards.nationalId(request).orElse("");
        if (!(nationalIds.check(read) instanceof NationalIds.Valid valid)) {
            var problem = ((NationalIds.Invalid) nationalIds.check(read)).problem();
            model.addAttribute("errors", Map.of("nationalId", messages.getMessage("catalogue.field.nationalId." + problem,
                    new Object[]{calendars.digits(String.valueOf(nationalIds.length()), locale)}, locale)));
            model.addAttribute("nationalId", read);
            return "kiosk/start";
        }
        KioskSessions.mark(request);
        switch (signIn.start(valid.id().value())) {
            case KioskSignIn.CodeSent sent -> {
                request.getSession().setAttribute(CHALLENGE, sent.challenge());
                KioskSessions.touched(request, clock.instant());
                return "redirect:/kiosk/code";
            }
            case KioskSignIn.Refused refused -> {
                model.addAttribute("errors", Map.of("nationalId",
                        messages.getMessage("identity.signin." + refused.reason(), null, locale)));
                return "kiosk/start";
            }
        }
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
                request.getSession().removeAttribute(CHALLENGE);
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
        return session != null && session.getAttribute(CHALLENGE) instanceof UUID id ? id : null;
    }
}
