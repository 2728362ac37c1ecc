package org.nafitha.cases.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.internal.RequestClassifier;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.catalogue.FieldError;
import org.nafitha.country.Calendars;
import org.nafitha.country.NationalId;
import org.nafitha.country.NationalIds;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpSession;

/**
 * Reception at a service centre: find the visitor at the counter by their ID, see their record,
 * cases and needs and record needs for them ({@link VisitorController}), and turn what they ask for
 * into a service to apply for.
 * The visitor being served is kept in the session until reception ends the visit.
 */
@Controller
class ReceptionController {

    static final String VISITOR = "nafitha.reception.visitor";

    private final Catalogue catalogue;
    private final NationalIds nationalIds;
    private final FieldMessages messages;
    private final Calendars calendars;

    ReceptionController(Catalogue catalogue, NationalIds nationalIds, FieldMessages messages, Calendars calendars) {
        this.calendars = calendars;
        this.catalogue = catalogue;
        this.nationalIds = nationalIds;
        this.messages = messages;
    }

    @GetMapping("/reception")
    String start(Actor actor, Model model) {
        requireReception(actor);
        model.addAttribute("errors", Map.of());
        return "cases/reception/lookup";
    }

    /** The number as typed (Arabic-Indic digits too) is checked before anything is read. */
    @PostMapping("/reception/visitor")
    String find(@RequestParam(defaultValue = "") String nationalId, Actor actor, HttpSession session, Model model,
                Locale locale) {
        requireReception(actor);
        var check = nationalIds.check(nationalId);
        if (check instanceof NationalIds.Invalid(var problem)) {
            var error = new FieldError("nationalId", "nationalId." + problem.name(),
                    List.of(calendars.digits(String.valueOf(nationalIds.length()), locale)));
            return lookupError(nationalId, messages.of(List.of(error), locale).get("nationalId"), model);
        }
        session.setAttribute(VISITOR, ((NationalIds.Valid) check).id().value());
        return "redirect:/reception/visitor";
    }

    /** From the list of all services, when no suggestion fits. */
    @GetMapping("/reception/visitor/apply")
    String chooseService(@RequestParam(name = "service", defaultValue = "") String code, Actor actor) {
        requireReception(actor);
        if (catalogue.find(code).filter(RequestClassifier::offeredAtReception).isEmpty()) return "redirect:/reception/visitor";
        return "redirect:/reception/visitor/apply/" + code;
    }

    @PostMapping("/reception/visitor/end")
    String endVisit(Actor actor, HttpSession session) {
        requireReception(actor);
        session.removeAttribute(VISITOR);
        return "redirect:/reception";
    }

    static String lookupError(String typed, String message, Model model) {
        model.addAttribute("errors", Map.of("nationalId", message));
        model.addAttribute("nationalId", typed);
        return "cases/reception/lookup";
    }

    static @Nullable NationalId visitorIn(HttpSession session) {
        return session.getAttribute(VISITOR) instanceof String id ? new NationalId(id) : null;
    }

    static void requireReception(Actor actor) {
        if (!actor.has(Role.RECEPTION)) throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
}
