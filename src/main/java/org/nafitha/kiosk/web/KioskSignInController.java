package org.nafitha.kiosk.web;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;

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

import jakarta.servlet.http.HttpServletRequest;

/**
 * The kiosk's start: the card (typed in the demo), then the SMS code ({@link KioskCodeController}).
 * Opening the start page turns the browser into a kiosk for good; a portal session open in it is
 * ended first.
 */
@Controller
class KioskSignInController {

    /** The session attribute that carries the SMS code's challenge to the code step. */
    static final String CHALLENGE = "nafitha.kiosk.challenge";

    private final CardReader cards;
    private final NationalIds nationalIds;
    private final KioskSignIn signIn;
    private final CurrentActor current;
    private final MessageSource messages;
    private final Clock clock;
    private final Calendars calendars;

    KioskSignInController(CardReader cards, NationalIds nationalIds, KioskSignIn signIn, CurrentActor current,
                          MessageSource messages, Clock clock, Calendars calendars) {
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
}
