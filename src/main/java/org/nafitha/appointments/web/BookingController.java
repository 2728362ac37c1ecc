package org.nafitha.appointments.web;

import java.util.LinkedHashMap;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nafitha.appointments.internal.BookingAppointments;
import org.nafitha.appointments.internal.BookingOutcome;
import org.nafitha.appointments.internal.BookingRequest;
import org.nafitha.appointments.internal.BookingThrottle;
import org.nafitha.appointments.internal.Refusal;
import org.nafitha.identity.Actor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import jakarta.servlet.http.HttpServletRequest;
import org.nafitha.appointments.internal.Interpreters;

/**
 * Booking as plain forms, one step after another on one page: service, office, day, time. Each
 * step is a GET form that keeps the earlier choices, so it works without JavaScript.
 */
@Controller
class BookingController {

    private final BookingPage page;
    private final BookingAppointments booking;
    private final BookingThrottle throttle;
    private final MessageSource messages;
    private final Interpreters interpreters;

    BookingController(BookingPage page, BookingAppointments booking, BookingThrottle throttle, MessageSource messages,
                      Interpreters interpreters) {
        this.interpreters = interpreters;
        this.page = page;
        this.booking = booking;
        this.throttle = throttle;
        this.messages = messages;
    }

    /** Everything chosen so far; each later field is shown once the earlier ones are valid. */
    record BookingForm(@Nullable String service, @Nullable String office, @Nullable String day, @Nullable String start,
                       @Nullable String caseReference, @Nullable String forPerson, @Nullable Boolean interpreter) {
    }

    @GetMapping("/appointments/book")
    String page(BookingForm form, Actor actor, Model model, Locale locale) {
        return page.show(form, actor, model, locale, new LinkedHashMap<>());
    }

    @PostMapping("/appointments/book")
    String book(BookingForm form, Actor actor, Model model, Locale locale, HttpServletRequest http) {
        var errors = new LinkedHashMap<String, String>();
        var start = BookingInput.parseStart(form.start());
        if (form.service() == null || form.office() == null || start.isEmpty()) {
            errors.put("start", message("appointments.book.error.chooseTime", locale));
            return page.show(form, actor, model, locale, errors);
        }
        if (!throttle.allow(actor.username(), http.getRemoteAddr())) {
            errors.put("start", message(Refusal.RATE_LIMITED.messageKey(), locale));
            return page.show(form, actor, model, locale, errors);
        }
        var caseReference = form.caseReference() == null || form.caseReference().isBlank() ? null : form.caseReference();
        var outcome = booking.book(new BookingRequest(actor, blankToNull(form.forPerson()), form.service(), form.office(),
                start.get(), caseReference, null));
        return switch (outcome) {
            case BookingOutcome.Booked b -> {
                // asked for while booking: the same request as on the appointment's page
                if (Boolean.TRUE.equals(form.interpreter())) interpreters.request(actor, b.appointment().code(), null);
                yield "redirect:/appointments/" + b.appointment().code() + "?booked";
            }
            case BookingOutcome.EnteredDraw d -> "redirect:/appointments?entered";
            case BookingOutcome.Refused r -> {
                errors.put(field(r.reason()), message(r.reason().messageKey(), locale));
                yield page.show(form, actor, model, locale, errors);
            }
        };
    }

    static String field(Refusal refusal) {
        return switch (refusal) {
            case NO_MANDATE -> "forPerson";
            case INVALID_CASE_REFERENCE, CASE_NOT_CITABLE -> "caseReference";
            case ALREADY_BOOKED, QUOTA, UNKNOWN_SERVICE, NOT_BY_APPOINTMENT, ALREADY_IN_DRAW -> "service";
            case UNKNOWN_OFFICE, NOT_OFFERED_HERE -> "office";
            default -> "start";
        };
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
