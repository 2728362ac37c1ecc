package org.nafitha.appointments.web;

import java.util.Locale;

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

/** Offices with their hours and counters; the office's head changes the counters (the capacity of each slot). */
@Controller
class OfficesController {

    private final Offices offices;
    private final OfficeCapacity capacity;
    private final MessageSource messages;

    OfficesController(Offices offices, OfficeCapacity capacity, MessageSource messages) {
        this.offices = offices;
        this.capacity = capacity;
        this.messages = messages;
    }

    @GetMapping("/staff/appointments/offices")
    String list(Actor actor, Model model) {
        model.addAttribute("offices", offices.all());
        model.addAttribute("actor", actor);
        model.addAttribute("errors", java.util.Map.of());
        return "appointments/offices";
    }

    @PostMapping("/staff/appointments/offices/{id}/counters")
    String counters(@PathVariable String id, @RequestParam(defaultValue = "") String counters, Actor actor, Model model,
                    Locale locale) {
        var digits = ArabicDigits.digitsOnly(counters);
        var refusal = digits.matches("\\d{1,3}") ? capacity.setCounters(actor, id, Integer.parseInt(digits))
                : java.util.Optional.of(org.nafitha.appointments.internal.Refusal.INVALID_START);
        if (refusal.isEmpty()) return "redirect:/staff/appointments/offices?saved=" + id;
        model.addAttribute("offices", offices.all());
        model.addAttribute("actor", actor);
        model.addAttribute("errorOffice", id);
        model.addAttribute("errors", java.util.Map.of("counters-" + id,
                messages.getMessage("appointments.offices.error.counters", null, locale)));
        return "appointments/offices";
    }
}
