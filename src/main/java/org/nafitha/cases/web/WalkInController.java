package org.nafitha.cases.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.nafitha.cases.CaseReference;
import org.nafitha.cases.internal.ReceptionDesk;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.identity.Actor;
import org.nafitha.identity.WomenSectionStaff;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpSession;

/**
 * A walk-in request: reception fills the service's own application form for the visitor at the
 * counter (the same fields, checks and messages as online) and submits it for them. The case is
 * the visitor's — they follow it under "my applications" — and records that reception entered it.
 * The form as posted is {@link WalkInSubmission}.
 */
@Controller
class WalkInController {

    private final Catalogue catalogue;
    private final ReceptionDesk desk;
    private final WomenSectionStaff womenSection;
    private final WalkInFormPage page;

    WalkInController(Catalogue catalogue, ReceptionDesk desk, WomenSectionStaff womenSection, WalkInFormPage page) {
        this.catalogue = catalogue;
        this.desk = desk;
        this.womenSection = womenSection;
        this.page = page;
    }

    /** Reception's own form state beside the service's fields. */
    record Desk(String requestKey, boolean womenSection, boolean idChecked) {
    }

    @GetMapping("/reception/visitor/apply/{code}")
    String form(@PathVariable String code, Actor actor, HttpSession session, Model model, Locale locale) {
        ReceptionController.requireReception(actor);
        var visitor = ReceptionController.visitorIn(session);
        if (visitor == null) return "redirect:/reception";
        var desk = new Desk(UUID.randomUUID().toString(), womenSection.isMember(actor.username()), false);
        return page.render(page.service(code), visitor, desk, Map.of(), Map.of(), Map.of(), model, locale);
    }

    /** The reference to hand the visitor; only the receptionist who entered the case sees this page. */
    @GetMapping("/reception/submitted/{reference}")
    String submitted(@PathVariable String reference, Actor actor, Model model) {
        ReceptionController.requireReception(actor);
        var entered = CaseReference.parse(reference).flatMap(ref -> desk.entered(ref, actor))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("entered", entered);
        model.addAttribute("service", catalogue.find(entered.serviceCode()).orElseThrow());
        return "cases/reception/submitted";
    }
}
