package org.nafitha.cases.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.internal.ReceptionDesk;
import org.nafitha.cases.internal.RequestClassifier;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.catalogue.FieldError;
import org.nafitha.country.Calendars;
import org.nafitha.country.NationalId;
import org.nafitha.country.NationalIds;
import org.nafitha.identity.AccessibilityNeeds;
import org.nafitha.identity.AccessibilityNeedsForm;
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

import jakarta.servlet.http.HttpSession;

/**
 * Reception at a service centre: find the visitor at the counter by their ID, see their record,
 * cases and needs, record needs for them, and turn what they ask for into a service to apply for.
 * The visitor being served is kept in the session until reception ends the visit.
 */
@Controller
class ReceptionController {

    static final String VISITOR = "nafitha.reception.visitor";

    private final ReceptionDesk desk;
    private final RequestClassifier classifier;
    private final Catalogue catalogue;
    private final AccessibilityNeeds needs;
    private final NationalIds nationalIds;
    private final FieldMessages messages;
    private final Calendars calendars;

    ReceptionController(ReceptionDesk desk, RequestClassifier classifier, Catalogue catalogue, AccessibilityNeeds needs,
                        NationalIds nationalIds, FieldMessages messages, Calendars calendars) {
        this.calendars = calendars;
        this.desk = desk;
        this.classifier = classifier;
        this.catalogue = catalogue;
        this.needs = needs;
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

    /** The visitor's file, and services suggested for what they ask for; every showing is audited. */
    @GetMapping("/reception/visitor")
    String visitor(@RequestParam(name = "request", defaultValue = "") String request, Actor actor, HttpSession session,
                   Model model, Locale locale) {
        requireReception(actor);
        var id = visitorIn(session);
        if (id == null) return "redirect:/reception";
        var lookUp = desk.lookUp(id.value(), actor);
        if (!(lookUp instanceof ReceptionDesk.Found found)) {
            session.removeAttribute(VISITOR);
            return lookupError(id.value(), messages.message("cases.reception.notInRegister", locale), model);
        }
        model.addAttribute("visitor", found.record());
        model.addAttribute("cases", found.cases());
        model.addAttribute("needs", found.needs());
        model.addAttribute("needsForm", model.containsAttribute("needsForm") ? model.getAttribute("needsForm")
                : AccessibilityNeedsForm.of(found.needs()));
        model.addAttribute("request", request);
        model.addAttribute("suggestions", request.isBlank() ? List.of() : classifier.suggest(request, 5));
        model.addAttribute("serviceNames", catalogue.names(locale));
        model.addAttribute("services", catalogue.all().stream().filter(RequestClassifier::offeredAtReception).toList());
        return "cases/reception/visitor";
    }

    /**
     * Only the suggestions, for htmx as reception types: they come from the catalogue alone, so
     * no personal data is read and nothing is audited (the full page re-reads the visitor's file).
     */
    @GetMapping("/reception/visitor/suggestions")
    String suggestions(@RequestParam(name = "request", defaultValue = "") String request, Actor actor, Model model) {
        requireReception(actor);
        model.addAttribute("request", request);
        model.addAttribute("suggestions", request.isBlank() ? List.of() : classifier.suggest(request, 5));
        return "cases/reception/visitor :: suggestions";
    }

    @PostMapping("/reception/visitor/needs")
    String recordNeeds(@RequestParam(name = "need", required = false) @Nullable List<String> ticked,
                       @RequestParam Map<String, String> params, Actor actor, HttpSession session, Model model,
                       Locale locale, RedirectAttributes redirect) {
        requireReception(actor);
        var id = visitorIn(session);
        if (id == null) return "redirect:/reception";
        var form = AccessibilityNeedsForm.read(ticked, params);
        if (!form.tooLong().isEmpty()) {
            model.addAttribute("needsForm", form);
            return visitor("", actor, session, model, locale);
        }
        needs.replace(id, form.needs(), actor);
        redirect.addFlashAttribute("banner", "cases.reception.needs.saved");
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

    private static String lookupError(String typed, String message, Model model) {
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
