package org.nafitha.detention.web;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.ArabicDigits;
import org.nafitha.country.Calendars;
import org.nafitha.detention.DetentionError;
import org.nafitha.detention.LegalStatus;
import org.nafitha.detention.Relation;
import org.nafitha.detention.internal.ChangingCustody;
import org.nafitha.detention.internal.CourtSessions;
import org.nafitha.detention.internal.Detainee;
import org.nafitha.detention.internal.DetaineeContacts;
import org.nafitha.detention.internal.Detainees;
import org.nafitha.detention.internal.Looks;
import org.nafitha.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One detainee's file for the staff of their facility (each look audited): legal status and court
 * sessions to update, and the "who looked" list to print; contacts to propose and the monthly visit
 * quota are {@link DetaineeVisitorPages}.
 */
@Controller
class StaffDetaineePages {

    private final Detainees detainees;
    private final CourtSessions sessions;
    private final DetaineeContacts contacts;
    private final ChangingCustody changing;
    private final Looks looks;
    private final Calendars calendars;

    StaffDetaineePages(Detainees detainees, CourtSessions sessions, DetaineeContacts contacts, ChangingCustody changing,
                       Looks looks, Calendars calendars) {
        this.detainees = detainees;
        this.sessions = sessions;
        this.contacts = contacts;
        this.changing = changing;
        this.looks = looks;
        this.calendars = calendars;
    }

    @GetMapping("/staff/detention/detainees/{id}")
    String file(@PathVariable UUID id, Actor actor, Model model) {
        var d = ours(id, actor);
        looks.byStaff(actor, d, "staff");
        model.addAttribute("d", d);
        model.addAttribute("sessions", sessions.of(id));
        model.addAttribute("contacts", contacts.of(id));
        model.addAttribute("looks", looks.of(id));
        model.addAttribute("statuses", LegalStatus.values());
        model.addAttribute("relations", Relation.values());
        return "detention/staff-detainee";
    }

    @PostMapping("/staff/detention/detainees/{id}/status")
    String status(@PathVariable UUID id, @RequestParam LegalStatus status, Actor actor, RedirectAttributes redirect) {
        return done(id, changing.changeStatus(actor, id, status).orElse(null), redirect);
    }

    @PostMapping("/staff/detention/detainees/{id}/sessions")
    String session(@PathVariable UUID id, @RequestParam String at, @RequestParam String court,
                   @RequestParam(required = false) @Nullable String outcome, Actor actor, RedirectAttributes redirect) {
        try {
            var when = LocalDateTime.parse(ArabicDigits.toLatin(at.strip())).atZone(calendars.zone()).toInstant();
            if (court.isBlank()) throw new DateTimeException("a session is held at a court");
            var result = outcome == null || outcome.isBlank() ? null : outcome.strip();
            return done(id, changing.addSession(actor, id, when, court.strip(), court.strip(), result, result).orElse(null), redirect);
        } catch (DateTimeException unreadable) {
            return done(id, DetentionError.DATE_REQUIRED, redirect);
        }
    }

    static String done(UUID id, @Nullable DetentionError error, RedirectAttributes redirect) {
        if (error != null) redirect.addFlashAttribute("problem", error.messageKey());
        else redirect.addFlashAttribute("saved", true);
        return "redirect:/staff/detention/detainees/" + id;
    }

    private Detainee ours(UUID id, Actor actor) {
        return detainees.find(id).filter(d -> d.facility().equals(actor.department()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
