package org.nafitha.appointments.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nafitha.appointments.internal.BookingAppointments;
import org.nafitha.appointments.internal.BookingOutcome;
import org.nafitha.appointments.internal.BookingRequest;
import org.nafitha.appointments.internal.BookingThrottle;
import org.nafitha.appointments.internal.Offices;
import org.nafitha.appointments.internal.Refusal;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.country.ArabicDigits;
import org.nafitha.country.Calendars;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Mandates;
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

    private final Catalogue catalogue;
    private final Offices offices;
    private final BookingChoices choices;
    private final BookingAppointments booking;
    private final BookingThrottle throttle;
    private final Mandates mandates;
    private final Calendars calendars;
    private final MessageSource messages;
    private final Interpreters interpreters;

    BookingController(Catalogue catalogue, Offices offices, BookingChoices choices, BookingAppointments booking,
                      BookingThrottle throttle, Mandates mandates, Calendars calendars, MessageSource messages,
                      Interpreters interpreters) {
        this.interpreters = interpreters;
        this.catalogue = catalogue;
        this.offices = offices;
        this.choices = choices;
        this.booking = booking;
        this.throttle = throttle;
        this.mandates = mandates;
        this.calendars = calendars;
        this.messages = messages;
    }

    /** Everything chosen so far; each later field is shown once the earlier ones are valid. */
    record BookingForm(@Nullable String service, @Nullable String office, @Nullable String day, @Nullable String start,
                       @Nullable String caseReference, @Nullable String forPerson, @Nullable Boolean interpreter) {
    }

    @GetMapping("/appointments/book")
    String page(BookingForm form, Actor actor, Model model, Locale locale) {
        return show(form, actor, model, locale, new LinkedHashMap<>());
    }

    @PostMapping("/appointments/book")
    String book(BookingForm form, Actor actor, Model model, Locale locale, HttpServletRequest http) {
        var errors = new LinkedHashMap<String, String>();
        var start = parseStart(form.start());
        if (form.service() == null || form.office() == null || start.isEmpty()) {
            errors.put("start", message("appointments.book.error.chooseTime", locale));
            return show(form, actor, model, locale, errors);
        }
        if (!throttle.allow(actor.username(), http.getRemoteAddr())) {
            errors.put("start", message(Refusal.RATE_LIMITED.messageKey(), locale));
            return show(form, actor, model, locale, errors);
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
                yield show(form, actor, model, locale, errors);
            }
        };
    }

    private String show(BookingForm form, Actor actor, Model model, Locale locale, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        var names = catalogue.names(locale);
        model.addAttribute("services", offices.services().keySet().stream()
                .filter(code -> catalogue.find(code).map(s -> s.appointment()).orElse(false))
                .map(code -> new BookingChoices.Choice(code, names.getOrDefault(code, code), true, null)).toList());
        var service = form.service() == null ? null : offices.services().containsKey(form.service()) ? form.service() : null;
        if (service == null) return "appointments/book";
        model.addAttribute("serviceName", names.getOrDefault(service, service));
        model.addAttribute("people", mandates.representedBy(actor, service));
        var here = offices.forService(service);
        model.addAttribute("offices", here);
        var office = here.stream().filter(o -> o.id().equals(form.office())).findFirst();
        if (office.isEmpty()) return "appointments/book";
        model.addAttribute("chosenOffice", office.get());
        model.addAttribute("days", choices.days(office.get(), locale));
        var day = parseDay(form.day());
        if (day.isEmpty()) return "appointments/book";
        model.addAttribute("dayLabel", calendars.date(day.get(), locale));
        model.addAttribute("times", choices.times(office.get(), day.get(), locale));
        return "appointments/book";
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

    static Optional<Instant> parseStart(@Nullable String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        try {
            return Optional.of(Instant.parse(ArabicDigits.toLatin(text.strip())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<LocalDate> parseDay(@Nullable String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(ArabicDigits.toLatin(text.strip())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
