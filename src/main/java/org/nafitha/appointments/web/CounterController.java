package org.nafitha.appointments.web;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.appointments.internal.Appointment;
import org.nafitha.appointments.internal.OfficeQueue;
import org.nafitha.appointments.internal.QueueBoard;
import org.nafitha.country.ArabicDigits;
import org.nafitha.identity.AccessibilityNeeds;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The counter's page: the next visitor called to a numbered counter, served or not. */
@Controller
class CounterController {

    private final OfficeQueue queue;
    private final QueueBoard board;
    private final OfficeQueuePage page;
    private final AccessibilityNeeds needs;

    CounterController(OfficeQueue queue, QueueBoard board, OfficeQueuePage page, AccessibilityNeeds needs) {
        this.queue = queue;
        this.board = board;
        this.page = page;
        this.needs = needs;
    }

    @GetMapping("/staff/appointments/counter")
    String counter(@RequestParam(required = false) @Nullable String office,
                   @RequestParam(required = false) @Nullable String counter,
                   @RequestParam(required = false) @Nullable String called, Actor actor, Model model, Locale locale) {
        requireCounter(actor);
        var chosen = page.show(office, model, locale);
        var number = counterNumber(counter);
        model.addAttribute("counter", number.map(String::valueOf).orElse(""));
        if (chosen.isPresent() && called != null) {
            board.called(chosen.get().id(), 50).stream().filter(a -> a.id().toString().equals(called)
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

    private static Optional<Integer> counterNumber(@Nullable String text) {
        if (text == null) return Optional.empty();
        var digits = ArabicDigits.digitsOnly(text);
        if (!digits.matches("\\d{1,3}") || Integer.parseInt(digits) < 1) return Optional.empty();
        return Optional.of(Integer.parseInt(digits));
    }

    private static void requireCounter(Actor actor) {
        if (!actor.has(Role.RECEPTION) && !actor.has(Role.OFFICER) && !actor.has(Role.HEAD)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
