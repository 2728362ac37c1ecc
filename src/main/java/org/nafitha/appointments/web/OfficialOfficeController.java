package org.nafitha.appointments.web;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.nafitha.appointments.internal.officials.MeetingRequest;
import org.nafitha.appointments.internal.officials.MeetingRequests;
import org.nafitha.appointments.internal.officials.Official;
import org.nafitha.appointments.internal.officials.Officials;
import org.nafitha.cases.CaseOverviews;
import org.nafitha.cases.CaseReference;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.country.ArabicDigits;
import org.nafitha.country.Calendars;
import org.nafitha.country.NationalId;
import org.nafitha.identity.AccessibilityNeeds;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.registers.CivilRegister;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import org.nafitha.appointments.internal.officials.Session;

/**
 * The official's office: the queue of meeting requests, triage (accept into a free slot, decline
 * with a reason, refer to a department) and the one-page brief before the meeting. Only staff with
 * role OFFICIAL of the official's office; every read is audited.
 */
@Controller
class OfficialOfficeController {

    private final Officials officials;
    private final MeetingRequests requests;
    private final AccessibilityNeeds needs;
    private final CivilRegister register;
    private final CaseOverviews cases;
    private final Catalogue catalogue;
    private final Calendars calendars;
    private final MessageSource messages;
    private final Clock clock;

    OfficialOfficeController(Officials officials, MeetingRequests requests, AccessibilityNeeds needs,
                             CivilRegister register, CaseOverviews cases, Catalogue catalogue, Calendars calendars,
                             MessageSource messages, Clock clock) {
        this.officials = officials;
        this.requests = requests;
        this.needs = needs;
        this.register = register;
        this.cases = cases;
        this.catalogue = catalogue;
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
        model.addAttribute("officials", byId());
        model.addAttribute("open", officials.queue(department, true));
        model.addAttribute("decided", officials.queue(department, false));
        model.addAttribute("calendars", calendars);
        return "appointments/officials/queue";
    }

    @GetMapping("/staff/officials/requests/{id}")
    String request(@PathVariable UUID id, Actor actor, Model model, Locale locale) {
        var r = load(id, actor);
        requests.recordRead(actor, r, "official.request.read");
        return triagePage(r, model, locale, Map.of());
    }

    @PostMapping("/staff/officials/requests/{id}/accept")
    String accept(@PathVariable UUID id, @RequestParam(defaultValue = "") String slot, Actor actor, Model model,
                  Locale locale) {
        var r = load(id, actor);
        var digits = ArabicDigits.digitsOnly(slot);
        if (!digits.matches("\\d{1,18}")) return triagePage(r, model, locale, error("slot", "appointments.officials.error.slotMissing", locale));
        return done(r, requests.accept(actor, r, Long.parseLong(digits)), "slot", model, locale);
    }

    @PostMapping("/staff/officials/requests/{id}/decline")
    String decline(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Actor actor, Model model,
                   Locale locale) {
        var r = load(id, actor);
        model.addAttribute("reason", reason);
        return done(r, requests.decline(actor, r, reason), "reason", model, locale);
    }

    @PostMapping("/staff/officials/requests/{id}/refer")
    String refer(@PathVariable UUID id, @RequestParam(defaultValue = "") String department,
                 @RequestParam(defaultValue = "") String note, Actor actor, Model model, Locale locale) {
        var r = load(id, actor);
        model.addAttribute("note", note);
        return done(r, requests.refer(actor, r, department, note), "department", model, locale);
    }

    @GetMapping("/staff/officials/requests/{id}/brief")
    String brief(@PathVariable UUID id, Actor actor, Model model, Locale locale) {
        var r = load(id, actor);
        requests.recordRead(actor, r, "official.request.brief");
        model.addAttribute("r", r);
        model.addAttribute("official", officials.find(r.officialId()).orElseThrow());
        var record = register.find(new NationalId(r.person()));
        model.addAttribute("personName", record.map(c -> "ar".equals(locale.getLanguage()) ? c.fullNameAr() : c.fullNameEn())
                .orElse(r.person()));
        model.addAttribute("needs", needs.of(r.person()));
        model.addAttribute("earlier", requests.earlierOf(r));
        model.addAttribute("officials", byId());
        model.addAttribute("calendars", calendars);
        if (r.sessionId() != null) {
            officials.session(r.sessionId()).ifPresent(s -> model.addAttribute("slotWhen", calendars.dateTime(s.startsAt(), locale)));
        }
        if (r.caseReference() != null) {
            CaseReference.parse(r.caseReference()).flatMap(cases::overview).ifPresent(c -> {
                model.addAttribute("caseFile", c);
                model.addAttribute("serviceName", catalogue.names(locale).getOrDefault(c.serviceCode(), c.serviceCode()));
            });
        }
        return "appointments/officials/brief";
    }

    private String done(MeetingRequest r, MeetingRequests.Decision decision, String field, Model model, Locale locale) {
        return switch (decision) {
            case ACCEPTED -> "redirect:/staff/officials/requests/" + r.id() + "?done";
            case NOT_OPEN -> triagePage(r, model, locale, error(field, "appointments.officials.error.notOpen", locale));
            case SLOT_TAKEN -> triagePage(r, model, locale, error("slot", "appointments.officials.error.slotTaken", locale));
            case REASON_MISSING -> triagePage(r, model, locale, error("reason", "appointments.officials.error.reasonMissing", locale));
            case REASON_TOO_LONG -> triagePage(r, model, locale, error(field.equals("department") ? "note" : "reason",
                    "appointments.officials.error.reasonTooLong", locale));
            case UNKNOWN_DEPARTMENT -> triagePage(r, model, locale, error("department", "appointments.officials.error.department", locale));
        };
    }

    private String triagePage(MeetingRequest fresh, Model model, Locale locale, Map<String, String> errors) {
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

    private Map<String, String> error(String field, String key, Locale locale) {
        return Map.of(field, messages.getMessage(key, null, locale));
    }

    private MeetingRequest load(UUID id, Actor actor) {
        office(actor);
        return requests.forOffice(id, actor).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String office(Actor actor) {
        if (!actor.has(Role.OFFICIAL) || actor.department() == null) throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        return actor.department();
    }

    private Map<String, Official> byId() {
        return officials.all().stream().collect(Collectors.toMap(Official::id, Function.identity()));
    }
}
