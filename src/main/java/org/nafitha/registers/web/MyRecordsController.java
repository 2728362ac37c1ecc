package org.nafitha.registers.web;

import java.util.Locale;

import org.nafitha.country.Calendars;
import org.nafitha.registers.DrivingLicenceRegister;
import org.nafitha.registers.SignedInPerson;
import org.nafitha.registers.VehicleRegister;
import org.nafitha.registers.Violation;
import org.nafitha.registers.ViolationRegister;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import java.math.BigDecimal;
import java.time.Clock;

/**
 * "My records": what the traffic registers hold about the signed-in person (vehicles, driving
 * licence, violations with what is still owed), the same values the service forms are
 * prefilled from, so a person can see them before applying. Staff have no national ID here:
 * they read a person's data only through a case.
 */
@Controller
class MyRecordsController {

    private final SignedInPerson person;
    private final VehicleRegister vehicles;
    private final DrivingLicenceRegister licences;
    private final ViolationRegister violations;
    private final Calendars calendars;
    private final Clock clock;

    MyRecordsController(SignedInPerson person, VehicleRegister vehicles, DrivingLicenceRegister licences,
                        ViolationRegister violations, Calendars calendars, Clock clock) {
        this.person = person;
        this.vehicles = vehicles;
        this.licences = licences;
        this.violations = violations;
        this.calendars = calendars;
        this.clock = clock;
    }

    @GetMapping("/registers/mine")
    String mine(Model model, Locale locale) {
        var id = person.nationalId().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        var today = calendars.today(clock);
        var recorded = violations.of(id);
        var unpaid = recorded.stream().filter(v -> !v.paid()).toList();
        model.addAttribute("today", today);
        model.addAttribute("vehicles", vehicles.ownedBy(id));
        model.addAttribute("licence", licences.heldBy(id).orElse(null));
        model.addAttribute("violations", recorded);
        model.addAttribute("unpaidCount", calendars.digits(Integer.toString(unpaid.size()), locale));
        model.addAttribute("unpaidTotal", calendars.money(unpaid.stream().map(Violation::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add), locale));
        return "registers/mine";
    }
}
