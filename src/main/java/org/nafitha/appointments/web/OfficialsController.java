package org.nafitha.appointments.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.nafitha.appointments.internal.officials.MeetingRequest;
import org.nafitha.appointments.OfficialsProperties;
import org.nafitha.appointments.internal.officials.AskingOfficials;
import org.nafitha.appointments.internal.officials.MeetingRequestForm;
import org.nafitha.appointments.internal.officials.Officials;
import org.nafitha.country.Calendars;
import org.nafitha.identity.AccessibilityNeeds;
import org.nafitha.identity.Actor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * People's side of officials' sessions: asking to meet an official. The public list of session days
 * is {@link OfficialSessionsController}; following a request, {@link MyMeetingRequestController}.
 */
@Controller
class OfficialsController {

    private final Officials officials;
    private final AskingOfficials asking;
    private final OfficialsProperties properties;
    private final AccessibilityNeeds needs;
    private final Calendars calendars;
    private final MessageSource messages;

    OfficialsController(Officials officials, AskingOfficials asking, OfficialsProperties properties,
                        AccessibilityNeeds needs, Calendars calendars, MessageSource messages) {
        this.officials = officials;
        this.asking = asking;
        this.properties = properties;
        this.needs = needs;
        this.calendars = calendars;
        this.messages = messages;
    }

    @GetMapping("/appointments/officials")
    String form(Actor actor, Model model, Locale locale) {
        person(actor);
        var person = person(actor);
        return page(actor, model, locale, new MeetingRequestForm("", "", "", "IN_PERSON", UUID.randomUUID().toString(),
                asking.signs(person), ""), Map.of());
    }

    @PostMapping("/appointments/officials")
    String send(@RequestParam(defaultValue = "") String official, @RequestParam(defaultValue = "") String subject,
                @RequestParam(defaultValue = "") String caseReference, @RequestParam(defaultValue = "IN_PERSON") String mode,
                @RequestParam(defaultValue = "") String submitKey, @RequestParam(defaultValue = "false") boolean interpreter,
                @RequestParam(defaultValue = "") String interpreterNote, Actor actor, Model model, Locale locale) {
        person(actor);
        // the form says it either way: an unticked box is "no", whatever the recorded needs preset
        var form = new MeetingRequestForm(official, subject, caseReference, mode, submitKey, interpreter, interpreterNote);
        return switch (asking.request(actor, form)) {
            case AskingOfficials.Outcome.Sent sent -> "redirect:/appointments/officials/requests/" + sent.request().id() + "?sent";
            case AskingOfficials.Outcome.Invalid invalid -> {
                var errors = new LinkedHashMap<String, String>();
                invalid.errors().forEach((field, key) -> errors.put(field, messages.getMessage(key,
                        new Object[]{calendars.digits(String.valueOf(limit(key)), locale)}, locale)));
                yield page(actor, model, locale, form, errors);
            }
        };
    }

    private String page(Actor actor, Model model, Locale locale, MeetingRequestForm form, Map<String, String> errors) {
        model.addAttribute("officialsList", officials.all());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("needs", needs.of(person(actor)));
        model.addAttribute("mine", officials.ofPerson(person(actor)));
        model.addAttribute("officials", OfficialSessionsController.byId(officials));
        model.addAttribute("modes", MeetingRequest.Mode.values());
        model.addAttribute("maxOpen", calendars.digits(String.valueOf(limit("appointments.officials.error.tooManyOpen")), locale));
        return "appointments/officials/ask";
    }

    private int limit(String key) {
        return switch (key) {
            case "appointments.officials.error.subjectTooLong" -> properties.subjectLength();
            case "appointments.officials.error.interpreterNoteTooLong" -> MeetingRequestForm.INTERPRETER_NOTE_LENGTH;
            default -> properties.maxOpen();
        };
    }

    static String person(Actor actor) {
        if (actor.isStaff() || actor.nationalId() == null) throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        return actor.nationalId();
    }

    static List<String> departments() {
        return MeetingRequest.DEPARTMENTS;
    }
}
