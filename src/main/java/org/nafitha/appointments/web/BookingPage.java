package org.nafitha.appointments.web;

import java.util.Locale;
import java.util.Map;

import org.nafitha.appointments.internal.Offices;
import org.nafitha.appointments.web.BookingController.BookingForm;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.country.Calendars;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Mandates;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The booking page with what was chosen so far: the services, then the person booked for and the offices,
 * then the office's days, then the day's times.
 */
@Component
class BookingPage {

    private final Catalogue catalogue;
    private final Offices offices;
    private final BookingChoices choices;
    private final Mandates mandates;
    private final Calendars calendars;

    BookingPage(Catalogue catalogue, Offices offices, BookingChoices choices, Mandates mandates, Calendars calendars) {
        this.catalogue = catalogue;
        this.offices = offices;
        this.choices = choices;
        this.mandates = mandates;
        this.calendars = calendars;
    }

    String show(BookingForm form, Actor actor, Model model, Locale locale, Map<String, String> errors) {
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
        var day = BookingInput.parseDay(form.day());
        if (day.isEmpty()) return "appointments/book";
        model.addAttribute("dayLabel", calendars.date(day.get(), locale));
        model.addAttribute("times", choices.times(office.get(), day.get(), locale));
        return "appointments/book";
    }
}
