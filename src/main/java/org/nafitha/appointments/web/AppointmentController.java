package org.nafitha.appointments.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

import org.nafitha.appointments.internal.Appointment;
import org.nafitha.appointments.internal.Appointments;
import org.nafitha.appointments.internal.BookingRules;
import org.nafitha.appointments.internal.ChangingAppointments;
import org.nafitha.appointments.internal.Offices;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.country.Calendars;
import org.nafitha.identity.Actor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nafitha.appointments.internal.Interpreters;

/**
 * The person's appointments: the list, one confirmation with its QR code, .ics and cancel; moving one is
 * {@link RescheduleController}.
 */
@Controller
class AppointmentController {

    private final Appointments appointments;
    private final ChangingAppointments changing;
    private final BookingRules rules;
    private final Offices offices;
    private final Catalogue catalogue;
    private final Calendars calendars;
    private final MessageSource messages;
    private final Clock clock;
    private final Interpreters interpreters;

    AppointmentController(Appointments appointments, ChangingAppointments changing, BookingRules rules, Offices offices,
                          Catalogue catalogue, Calendars calendars, MessageSource messages, Clock clock,
                          Interpreters interpreters) {
        this.interpreters = interpreters;
        this.appointments = appointments;
        this.changing = changing;
        this.rules = rules;
        this.offices = offices;
        this.catalogue = catalogue;
        this.calendars = calendars;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/appointments")
    String list(Actor actor, Model model, Locale locale) {
        model.addAttribute("appointments", actor.nationalId() == null ? List.of() : appointments.of(actor.nationalId()));
        model.addAttribute("serviceNames", catalogue.names(locale));
        model.addAttribute("officeNames", officeNames(locale));
        return "appointments/list";
    }

    @GetMapping("/appointments/{code}")
    String one(@PathVariable String code, Actor actor, Model model, Locale locale) {
        var a = changing.mine(actor, code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("a", a);
        model.addAttribute("office", offices.find(a.officeId()).orElseThrow());
        model.addAttribute("serviceName", catalogue.names(locale).getOrDefault(a.serviceCode(), a.serviceCode()));
        model.addAttribute("when", calendars.dateTime(a.startsAt(), locale));
        model.addAttribute("qr", QrCodes.dataUri(a.code()));
        model.addAttribute("interpreter", interpreters.of(a.id()).orElse(null));
        model.addAttribute("changeable", a.status() == Appointment.Status.BOOKED && !rules.tooLate(a.startsAt(), clock.instant()));
        return "appointments/detail";
    }

    @GetMapping(value = "/appointments/{code}/calendar.ics")
    ResponseEntity<byte[]> ics(@PathVariable String code, Actor actor, Locale locale) {
        var a = changing.mine(actor, code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var office = offices.find(a.officeId()).orElseThrow();
        var service = catalogue.names(locale).getOrDefault(a.serviceCode(), a.serviceCode());
        var text = CalendarFile.of(a.code(), a.startsAt(), a.endsAt(), clock.instant(), service + " — " + office.name(locale),
                office.name(locale) + ", " + office.address(locale),
                messages.getMessage("appointments.detail.code", null, locale) + ": " + a.code() + "\n" + office.mapUrl());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"appointment-" + a.code() + ".ics\"")
                .body(text.getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/appointments/{code}/cancel")
    String cancel(@PathVariable String code, Actor actor, Model model, Locale locale) {
        var refusal = changing.cancel(actor, code);
        if (refusal.isEmpty()) return "redirect:/appointments?cancelled";
        model.addAttribute("refusal", refusal.get().messageKey());
        return one(code, actor, model, locale);
    }

    private Map<String, String> officeNames(Locale locale) {
        var names = new HashMap<String, String>();
        offices.all().forEach(o -> names.put(o.id(), o.name(locale)));
        return names;
    }
}
