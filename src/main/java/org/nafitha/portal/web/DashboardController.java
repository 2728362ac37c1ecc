package org.nafitha.portal.web;

import java.util.Locale;

import org.nafitha.appointments.PersonAppointments;
import org.nafitha.cases.CaseOverviews;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.identity.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import java.util.List;

/**
 * "My account": the person's applications with their status, coming appointments, documents ready,
 * notifications, and the ways to their mandates, who looked at their file and their preferences —
 * gathered from the modules' public queries, each page of detail staying with its module.
 */
@Controller
class DashboardController {

    static final int SHOWN = 5;

    private final CaseOverviews cases;
    private final PersonAppointments appointments;
    private final Catalogue catalogue;

    DashboardController(CaseOverviews cases, PersonAppointments appointments, Catalogue catalogue) {
        this.cases = cases;
        this.appointments = appointments;
        this.catalogue = catalogue;
    }

    @GetMapping("/my")
    String dashboard(Actor actor, Model model, Locale locale) {
        if (actor.isStaff()) return "redirect:/";
        var mine = cases.ofApplicant(actor);
        var ready = mine.stream().filter(c -> "APPROVED".equals(c.status()))
                .filter(c -> catalogue.find(c.serviceCode()).map(s -> s.outputDocument() != null).orElse(false))
                .limit(SHOWN).toList();
        model.addAttribute("applications", mine.stream().limit(SHOWN).toList());
        model.addAttribute("applicationCount", mine.size());
        model.addAttribute("open", mine.stream().filter(c -> !Finished.is(c.status())).count());
        model.addAttribute("ready", ready);
        model.addAttribute("appointments", actor.nationalId() == null ? List.of()
                : appointments.coming(actor.nationalId()).stream().limit(3).toList());
        model.addAttribute("serviceNames", catalogue.names(locale));
        model.addAttribute("catalogue", catalogue);
        return "portal/dashboard";
    }

    /** Statuses where nothing more happens to a case. */
    private static final class Finished {
        static boolean is(String status) {
            return switch (status) {
                case "APPROVED", "REJECTED", "WITHDRAWN", "CANCELLED", "CLOSED" -> true;
                default -> false;
            };
        }
    }
}
