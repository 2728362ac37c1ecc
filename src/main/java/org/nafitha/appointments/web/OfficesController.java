package org.nafitha.appointments.web;

import java.util.Locale;

import org.nafitha.appointments.internal.DisplayTokens;
import org.nafitha.appointments.internal.OfficeCapacity;
import org.nafitha.appointments.internal.Offices;
import org.nafitha.country.ArabicDigits;
import org.nafitha.identity.Actor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import java.util.Map;
import java.util.Optional;
import org.nafitha.appointments.internal.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Offices with their hours and counters; the office's head changes the counters (the capacity of each slot). */
@Controller
class OfficesController {

    private final Offices offices;
    private final OfficeCapacity capacity;
    private final MessageSource messages;
    private final DisplayTokens tokens;

    OfficesController(Offices offices, OfficeCapacity capacity, MessageSource messages, DisplayTokens tokens) {
        this.offices = offices;
        this.capacity = capacity;
        this.messages = messages;
        this.tokens = tokens;
    }

    @GetMapping("/staff/appointments/offices")
    String list(Actor actor, Model model) {
        model.addAttribute("offices", offices.all());
        model.addAttribute("actor", actor);
        model.addAttribute("errors", Map.of());
        return "appointments/offices";
    }

    /** A new screen link, shown this once: only its hash is kept. */
    @PostMapping("/staff/appointments/offices/{id}/display-token")
    String displayToken(@PathVariable String id, Actor actor, Model model) {
        var token = tokens.issue(actor, id);
        if (token.isEmpty()) throw new ResponseStatusException(
                HttpStatus.NOT_FOUND);
        model.addAttribute("offices", offices.all());
        model.addAttribute("actor", actor);
        model.addAttribute("errors", Map.of());
        model.addAttribute("screenOffice", id);
        model.addAttribute("screenPath", "/appointments/display/" + id + "?token=" + token.get());
        return "appointments/offices";
    }

    @PostMapping("/staff/appointments/offices/{id}/counters")
    String counters(@PathVariable String id, @RequestParam(defaultValue = "") String counters, Actor actor, Model model,
                    Locale locale) {
        var digits = ArabicDigits.digitsOnly(counters);
        var refusal = digits.matches("\\d{1,3}") ? capacity.setCounters(actor, id, Integer.parseInt(digits))
                : Optional.of(Refusal.INVALID_START);
        if (refusal.isEmpty()) return "redirect:/staff/appointments/offices?saved=" + id;
        model.addAttribute("offices", offices.all());
        model.addAttribute("actor", actor);
        model.addAttribute("errorOffice", id);
        model.addAttribute("errors", Map.of("counters-" + id,
                messages.getMessage("appointments.offices.error.counters", null, locale)));
        return "appointments/offices";
    }
}
