package org.nafitha.appointments.web;

import java.util.Locale;
import java.util.UUID;

import org.nafitha.appointments.internal.officials.Officials;
import org.nafitha.country.Calendars;
import org.nafitha.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A person following their request to meet an official: its slot, the reason it was declined, or its referral. */
@Controller
class MyMeetingRequestController {

    private final Officials officials;
    private final Calendars calendars;

    MyMeetingRequestController(Officials officials, Calendars calendars) {
        this.officials = officials;
        this.calendars = calendars;
    }

    @GetMapping("/appointments/officials/requests/{id}")
    String request(@PathVariable UUID id, Actor actor, Model model, Locale locale) {
        var person = OfficialsController.person(actor);
        var r = officials.request(id).filter(x -> x.person().equals(person))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("r", r);
        model.addAttribute("official", officials.find(r.officialId()).orElseThrow());
        model.addAttribute("when", calendars.dateTime(r.createdAt(), locale));
        if (r.sessionId() != null) {
            var s = officials.session(r.sessionId()).orElseThrow();
            model.addAttribute("slot", new OfficialSessionsController.Shown(s, calendars.dateTime(s.startsAt(), locale)));
        }
        return "appointments/officials/request";
    }
}
