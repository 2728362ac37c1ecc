package org.nafitha.appointments.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.nafitha.appointments.internal.ChangingAppointments;
import org.nafitha.appointments.internal.Offices;
import org.nafitha.country.Calendars;
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

/** Moving one's appointment to another day and time at the same office, until the cut-off. */
@Controller
class RescheduleController {

    private final ChangingAppointments changing;
    private final Offices offices;
    private final BookingChoices booking;
    private final Calendars calendars;
    private final MessageSource messages;

    RescheduleController(ChangingAppointments changing, Offices offices, BookingChoices booking, Calendars calendars,
                         MessageSource messages) {
        this.changing = changing;
        this.offices = offices;
        this.booking = booking;
        this.calendars = calendars;
        this.messages = messages;
    }

    @GetMapping("/appointments/{code}/reschedule")
    String reschedulePage(@PathVariable String code, @RequestParam(required = false) String day, Actor actor, Model model,
                          Locale locale) {
        return reschedule(code, day, actor, model, locale, new LinkedHashMap<>());
    }

    @PostMapping("/appointments/{code}/reschedule")
    String reschedule(@PathVariable String code, @RequestParam(required = false) String day,
                      @RequestParam(required = false) String start, Actor actor, Model model, Locale locale) {
        var errors = new LinkedHashMap<String, String>();
        var when = BookingInput.parseStart(start);
        if (when.isEmpty()) {
            errors.put("start", messages.getMessage("appointments.book.error.chooseTime", null, locale));
            return reschedule(code, day, actor, model, locale, errors);
        }
        var refusal = changing.reschedule(actor, code, when.get());
        if (refusal.isEmpty()) return "redirect:/appointments/" + code + "?changed";
        errors.put("start", messages.getMessage(refusal.get().messageKey(), null, locale));
        return reschedule(code, day, actor, model, locale, errors);
    }

    private String reschedule(String code, String day, Actor actor, Model model, Locale locale,
                              Map<String, String> errors) {
        var a = changing.mine(actor, code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var office = offices.find(a.officeId()).orElseThrow();
        model.addAttribute("a", a);
        model.addAttribute("office", office);
        model.addAttribute("errors", errors);
        model.addAttribute("when", calendars.dateTime(a.startsAt(), locale));
        model.addAttribute("days", booking.days(office, locale));
        model.addAttribute("day", day);
        BookingInput.parseDay(day).ifPresent(d -> {
            model.addAttribute("dayLabel", calendars.date(d, locale));
            model.addAttribute("times", booking.times(office, d, locale));
        });
        return "appointments/reschedule";
    }
}
