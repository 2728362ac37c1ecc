package org.nafitha.appointments.web;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.AccessibilityNeeds;
import org.nafitha.appointments.internal.CheckingIn;
import org.nafitha.country.Calendars;
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
import org.nafitha.appointments.internal.Interpreters;

/**
 * Reception: check-in by the booking's QR code or by national ID → a ticket, with the needs the person
 * recorded. The counters call the tickets ({@link CounterController}).
 */
@Controller
class OfficeQueueController {

    private final CheckingIn checkingIn;
    private final OfficeQueuePage page;
    private final AccessibilityNeeds needs;
    private final Calendars calendars;
    private final MessageSource messages;
    private final Interpreters interpreters;

    OfficeQueueController(CheckingIn checkingIn, OfficeQueuePage page, AccessibilityNeeds needs, Calendars calendars,
                          MessageSource messages, Interpreters interpreters) {
        this.interpreters = interpreters;
        this.checkingIn = checkingIn;
        this.page = page;
        this.needs = needs;
        this.calendars = calendars;
        this.messages = messages;
    }

    @GetMapping("/staff/appointments/reception")
    String reception(@RequestParam(required = false) @Nullable String office, Actor actor, Model model, Locale locale) {
        requireFrontDesk(actor);
        page.show(office, model, locale);
        return "appointments/reception";
    }

    @PostMapping("/staff/appointments/reception/check-in")
    String checkIn(@RequestParam String office, @RequestParam(defaultValue = "") String code, Actor actor, Model model,
                   Locale locale) {
        requireFrontDesk(actor);
        var chosen = page.show(office, model, locale);
        if (chosen.isEmpty()) return "appointments/reception";
        model.addAttribute("code", code);
        switch (checkingIn.checkIn(actor, office, code)) {
            case CheckingIn.CheckIn.Done done -> {
                model.addAttribute("checkedIn", done.appointment());
                model.addAttribute("ticket", calendars.digits(String.valueOf(done.ticket()), locale));
                model.addAttribute("needs", needs.of(done.appointment().person()));
                model.addAttribute("interpreterAsked", interpreters.of(done.appointment().id()).isPresent());
            }
            case CheckingIn.CheckIn.Refused refused -> model.addAttribute("errors",
                    Map.of("code", messages.getMessage(refused.reason().messageKey(), null, locale)));
        }
        return "appointments/reception";
    }

    private static void requireFrontDesk(Actor actor) {
        if (!actor.has(Role.RECEPTION) && !actor.has(Role.ADMIN)) throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
}
