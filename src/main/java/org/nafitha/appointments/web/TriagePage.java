package org.nafitha.appointments.web;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import org.nafitha.appointments.internal.officials.MeetingRequest;
import org.nafitha.appointments.internal.officials.Officials;
import org.nafitha.country.Calendars;
import org.nafitha.identity.AccessibilityNeeds;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** A meeting request as its official's office triages it: the person's needs, the free slots, the departments. */
@Component
class TriagePage {

    private final Officials officials;
    private final AccessibilityNeeds needs;
    private final Calendars calendars;
    private final Clock clock;

    TriagePage(Officials officials, AccessibilityNeeds needs, Calendars calendars, Clock clock) {
        this.officials = officials;
        this.needs = needs;
        this.calendars = calendars;
        this.clock = clock;
    }

    String render(MeetingRequest fresh, Model model, Locale locale, Map<String, String> errors) {
        var r = officials.request(fresh.id()).orElseThrow();
        model.addAttribute("r", r);
        model.addAttribute("official", officials.find(r.officialId()).orElseThrow());
        model.addAttribute("when", calendars.dateTime(r.createdAt(), locale));
        model.addAttribute("needs", needs.of(r.person()));
        model.addAttribute("slots", officials.freeSlots(r.officialId(), clock.instant()).stream()
                .map(s -> new OfficialSessionsController.Shown(s, calendars.dateTime(s.startsAt(), locale))).toList());
        if (r.sessionId() != null) {
            officials.session(r.sessionId()).ifPresent(s -> model.addAttribute("slotWhen", calendars.dateTime(s.startsAt(), locale)));
        }
        model.addAttribute("departments", MeetingRequest.DEPARTMENTS);
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("reason")) model.addAttribute("reason", "");
        if (!model.containsAttribute("note")) model.addAttribute("note", "");
        return "appointments/officials/triage";
    }
}
