package org.nafitha.appointments.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.AccessibilityNeeds;
import org.nafitha.appointments.internal.Appointment;
import org.nafitha.appointments.internal.Office;
import org.nafitha.appointments.internal.OfficeQueue;
import org.nafitha.appointments.internal.Offices;
import org.nafitha.catalogue.Catalogue;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;
import org.nafitha.appointments.internal.Interpreters;

/**
 * Reception (check-in by the booking's QR code or by national ID → a ticket) and the counters
 * (call the next ticket, then served or absent). Needs the person recorded are shown with each.
 */
@Controller
class OfficeQueueController {

    private final OfficeQueue queue;
    private final Offices offices;
    private final AccessibilityNeeds needs;
    private final Catalogue catalogue;
    private final Calendars calendars;
    private final MessageSource messages;
    private final Interpreters interpreters;

    OfficeQueueController(OfficeQueue queue, Offices offices, AccessibilityNeeds needs, Catalogue catalogue,
                          Calendars calendars, MessageSource messages,
                          Interpreters interpreters) {
        this.interpreters = interpreters;
        this.queue = queue;
        this.offices = offices;
        this.needs = needs;
        this.catalogue = catalogue;
        this.calendars = calendars;
        this.messages = messages;
    }

    @GetMapping("/staff/appointments/reception")
    String reception(@RequestParam(required = false) @Nullable String office, Actor actor, Model model, Locale locale) {
        requireFrontDesk(actor);
        common(office, model, locale);
        return "appointments/reception";
    }

    @PostMapping("/staff/appointments/reception/check-in")
    String checkIn(@RequestParam String office, @RequestParam(defaultValue = "") String code, Actor actor, Model model,
                   Locale locale) {
        requireFrontDesk(actor);
        var chosen = common(office, model, locale);
        if (chosen.isEmpty()) return "appointments/reception";
        model.addAttribute("code", code);
        switch (queue.checkIn(actor, office, code)) {
            case OfficeQueue.CheckIn.Done done -> {
                model.addAttribute("checkedIn", done.appointment());
                model.addAttribute("ticket", calendars.digits(String.valueOf(done.ticket()), locale));
                model.addAttribute("needs", needs.of(done.appointment().person()));
                model.addAttribute("interpreterAsked", interpreters.of(done.appointment().id()).isPresent());
            }
            case OfficeQueue.CheckIn.Refused refused -> model.addAttribute("errors",
                    Map.of("code", messages.getMessage(refused.reason().messageKey(), null, locale)));
        }
        return "appointments/reception";
    }

    @GetMapping("/staff/appointments/counter")
    String counter(@RequestParam(required = false) @Nullable String office,
                   @RequestParam(required = false) @Nullable String counter,
                   @RequestParam(required = false) @Nullable String called, Actor actor, Model model, Locale locale) {
        requireCounter(actor);
        var chosen = common(office, model, locale);
        var number = counterNumber(counter);
        model.addAttribute("counter", number.map(String::valueOf).orElse(""));
        if (chosen.isPresent() && called != null) {
            queue.called(chosen.get().id(), 50).stream().filter(a -> a.id().toString().equals(called)
                    && a.status() == Appointment.Status.CALLED).findFirst().ifPresent(a -> {
                model.addAttribute("current", a);
                model.addAttribute("needs", needs.of(a.person()));
            });
        }
        return "appointments/counter";
    }

    @PostMapping("/staff/appointments/counter/call")
    String call(@RequestParam String office, @RequestParam String counter, Actor actor, RedirectAttributes redirect) {
        requireCounter(actor);
        var number = counterNumber(counter).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        redirect.addAttribute("office", office);
        redirect.addAttribute("counter", number);
        var next = queue.callNext(actor, office, number);
        if (next.isEmpty()) {
            redirect.addAttribute("empty", "");
            return "redirect:/staff/appointments/counter";
        }
        redirect.addAttribute("called", next.get().id());
        return "redirect:/staff/appointments/counter";
    }

    @PostMapping("/staff/appointments/counter/finish")
    String finish(@RequestParam String office, @RequestParam String counter, @RequestParam UUID appointment,
                  @RequestParam String outcome, Actor actor, RedirectAttributes redirect) {
        requireCounter(actor);
        queue.finish(actor, appointment, "served".equals(outcome));
        redirect.addAttribute("office", office);
        redirect.addAttribute("counter", counter);
        return "redirect:/staff/appointments/counter";
    }

    private Optional<Office> common(@Nullable String office, Model model, Locale locale) {
        model.addAttribute("offices", offices.all());
        model.addAttribute("serviceNames", catalogue.names(locale));
        model.addAttribute("errors", Map.of());
        var chosen = office == null ? Optional.<Office>empty() : offices.find(office);
        chosen.ifPresent(o -> {
            model.addAttribute("office", o);
            model.addAttribute("waiting", queue.waiting(o.id()));
            model.addAttribute("interpreters", interpreters.comingAt(o.id()));
            var wait = queue.averageWait(o.id());
            model.addAttribute("averageWait", wait == null ? null
                    : calendars.digits(String.valueOf(Math.max(1, Math.round(wait.toSeconds() / 60.0))), locale));
        });
        return chosen;
    }

    private static Optional<Integer> counterNumber(@Nullable String text) {
        if (text == null) return Optional.empty();
        var digits = ArabicDigits.digitsOnly(text);
        if (!digits.matches("\\d{1,3}") || Integer.parseInt(digits) < 1) return Optional.empty();
        return Optional.of(Integer.parseInt(digits));
    }

    private static void requireFrontDesk(Actor actor) {
        if (!actor.has(Role.RECEPTION) && !actor.has(Role.ADMIN)) throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }

    private static void requireCounter(Actor actor) {
        if (!actor.has(Role.RECEPTION) && !actor.has(Role.OFFICER) && !actor.has(Role.HEAD)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
