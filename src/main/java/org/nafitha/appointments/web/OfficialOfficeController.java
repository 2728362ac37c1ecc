package org.nafitha.appointments.web;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import org.nafitha.appointments.internal.officials.Officials;
import org.nafitha.country.ArabicDigits;
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
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import org.nafitha.appointments.internal.officials.Session;

/**
 * The official's office: the queue of meeting requests and the sessions it publishes. Triage is
 * {@link TriageController}, the one-page brief before the meeting {@link MeetingBriefController}. Only
 * staff with role OFFICIAL of the official's office; every read is audited.
 */
@Controller
class OfficialOfficeController {

    private final Officials officials;
    private final Calendars calendars;
    private final MessageSource messages;
    private final Clock clock;

    OfficialOfficeController(Officials officials, Calendars calendars, MessageSource messages, Clock clock) {
        this.officials = officials;
        this.calendars = calendars;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/staff/officials")
    String queue(Actor actor, Model model, Locale locale) {
        return queuePage(actor, model, Map.of(), new Publish("", "PRIVATE", "", "", "30", "", ""));
    }

    /** The publish form as typed, kept when refused. */
    record Publish(String official, String kind, String date, String time, String minutes, String placeAr,
                   String placeEn) {
    }

    @PostMapping("/staff/officials/sessions")
    String publish(@RequestParam(defaultValue = "") String official, @RequestParam(defaultValue = "PRIVATE") String kind,
                   @RequestParam(defaultValue = "") String date, @RequestParam(defaultValue = "") String time,
                   @RequestParam(defaultValue = "") String minutes, @RequestParam(defaultValue = "") String placeAr,
                   @RequestParam(defaultValue = "") String placeEn, Actor actor, Model model, Locale locale) {
        var department = office(actor);
        var form = new Publish(official, kind, date, time, minutes, placeAr, placeEn);
        var errors = new LinkedHashMap<String, String>();
        if (officials.find(official).filter(o -> o.department().equals(department)).isEmpty()) {
            errors.put("publish-official", messages.getMessage("appointments.officials.error.official", null, locale));
        }
        LocalDate day = null;
        LocalTime at = null;
        try {
            day = LocalDate.parse(ArabicDigits.toLatin(date).strip());
            at = LocalTime.parse(ArabicDigits.toLatin(time).strip());
        } catch (DateTimeParseException e) {
            errors.put("date", messages.getMessage("appointments.officials.error.when", null, locale));
        }
        if (day != null && at != null && !day.atTime(at).atZone(calendars.zone()).toInstant().isAfter(clock.instant())) {
            errors.put("date", messages.getMessage("appointments.officials.error.past", null, locale));
        }
        var length = ArabicDigits.digitsOnly(minutes);
        if (!length.matches("\\d{2,3}") || Integer.parseInt(length) < 10 || Integer.parseInt(length) > 480) {
            errors.put("minutes", messages.getMessage("appointments.officials.error.minutes", null, locale));
        }
        if (placeAr.isBlank() || placeAr.strip().length() > 300) errors.put("placeAr", messages.getMessage("appointments.officials.error.place", null, locale));
        if (placeEn.isBlank() || placeEn.strip().length() > 300) errors.put("placeEn", messages.getMessage("appointments.officials.error.place", null, locale));
        if (!kind.equals("PUBLIC") && !kind.equals("PRIVATE")) errors.put("kind", messages.getMessage("appointments.officials.error.kind", null, locale));
        if (!errors.isEmpty()) return queuePage(actor, model, errors, form);
        officials.publish(official, Session.Kind.valueOf(kind),
                day.atTime(at).atZone(calendars.zone()).toInstant(), Integer.parseInt(length), placeAr.strip(), placeEn.strip());
        return "redirect:/staff/officials?published";
    }

    private String queuePage(Actor actor, Model model, Map<String, String> errors, Publish form) {
        var department = office(actor);
        model.addAttribute("errors", errors);
        model.addAttribute("publish", form);
        model.addAttribute("mine", officials.all().stream().filter(o -> o.department().equals(department)).toList());
        model.addAttribute("officials", OfficialSessionsController.byId(officials));
        model.addAttribute("open", officials.queue(department, true));
        model.addAttribute("decided", officials.queue(department, false));
        model.addAttribute("calendars", calendars);
        return "appointments/officials/queue";
    }

    static String office(Actor actor) {
        if (!actor.has(Role.OFFICIAL) || actor.department() == null) throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        return actor.department();
    }
}
