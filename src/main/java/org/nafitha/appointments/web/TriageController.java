package org.nafitha.appointments.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.nafitha.appointments.internal.officials.MeetingRequest;
import org.nafitha.appointments.internal.officials.MeetingRequests;
import org.nafitha.country.ArabicDigits;
import org.nafitha.identity.Actor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** An official's office triaging a meeting request: accepted into a free slot, declined with a reason, or referred. */
@Controller
class TriageController {

    private final MeetingRequests requests;
    private final TriagePage page;
    private final MessageSource messages;

    TriageController(MeetingRequests requests, TriagePage page, MessageSource messages) {
        this.requests = requests;
        this.page = page;
        this.messages = messages;
    }

    @GetMapping("/staff/officials/requests/{id}")
    String request(@PathVariable UUID id, Actor actor, Model model, Locale locale) {
        var r = load(requests, id, actor);
        requests.recordRead(actor, r, "official.request.read");
        return page.render(r, model, locale, Map.of());
    }

    @PostMapping("/staff/officials/requests/{id}/accept")
    String accept(@PathVariable UUID id, @RequestParam(defaultValue = "") String slot, Actor actor, Model model,
                  Locale locale) {
        var r = load(requests, id, actor);
        var digits = ArabicDigits.digitsOnly(slot);
        if (!digits.matches("\\d{1,18}")) return page.render(r, model, locale, error("slot", "appointments.officials.error.slotMissing", locale));
        return done(r, requests.accept(actor, r, Long.parseLong(digits)), "slot", model, locale);
    }

    @PostMapping("/staff/officials/requests/{id}/decline")
    String decline(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Actor actor, Model model,
                   Locale locale) {
        var r = load(requests, id, actor);
        model.addAttribute("reason", reason);
        return done(r, requests.decline(actor, r, reason), "reason", model, locale);
    }

    @PostMapping("/staff/officials/requests/{id}/refer")
    String refer(@PathVariable UUID id, @RequestParam(defaultValue = "") String department,
                 @RequestParam(defaultValue = "") String note, Actor actor, Model model, Locale locale) {
        var r = load(requests, id, actor);
        model.addAttribute("note", note);
        return done(r, requests.refer(actor, r, department, note), "department", model, locale);
    }

    private String done(MeetingRequest r, MeetingRequests.Decision decision, String field, Model model, Locale locale) {
        return switch (decision) {
            case ACCEPTED -> "redirect:/staff/officials/requests/" + r.id() + "?done";
            case NOT_OPEN -> page.render(r, model, locale, error(field, "appointments.officials.error.notOpen", locale));
            case SLOT_TAKEN -> page.render(r, model, locale, error("slot", "appointments.officials.error.slotTaken", locale));
            case REASON_MISSING -> page.render(r, model, locale, error("reason", "appointments.officials.error.reasonMissing", locale));
            case REASON_TOO_LONG -> page.render(r, model, locale, error(field.equals("department") ? "note" : "reason",
                    "appointments.officials.error.reasonTooLong", locale));
            case UNKNOWN_DEPARTMENT -> page.render(r, model, locale, error("department", "appointments.officials.error.department", locale));
        };
    }

    private Map<String, String> error(String field, String key, Locale locale) {
        return Map.of(field, messages.getMessage(key, null, locale));
    }

    static MeetingRequest load(MeetingRequests requests, UUID id, Actor actor) {
        OfficialOfficeController.office(actor);
        return requests.forOffice(id, actor).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
