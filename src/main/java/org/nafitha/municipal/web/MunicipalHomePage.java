package org.nafitha.municipal.web;

import java.util.Locale;

import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.municipal.internal.MunicipalStaff;
import org.nafitha.municipal.internal.Organisations;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Where a municipality's official or a mukhtar lands after signing in: their municipality, named
 * with its district. Someone signed in who works for no municipality is refused.
 */
@Controller
class MunicipalHomePage {

    private final MunicipalStaff staff;
    private final Organisations organisations;

    MunicipalHomePage(MunicipalStaff staff, Organisations organisations) {
        this.staff = staff;
        this.organisations = organisations;
    }

    @GetMapping("/municipal/home")
    String home(Actor actor, Model model, Locale locale) {
        var municipality = staff.municipalityOf(actor).flatMap(organisations::municipality)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        model.addAttribute("municipality", municipality.name(locale));
        model.addAttribute("district", organisations.districtName(municipality.district(), locale).orElse(""));
        model.addAttribute("role", actor.has(Role.MUKHTAR) ? "MUKHTAR" : "MUNICIPAL_STAFF");
        return "municipal/home";
    }
}
