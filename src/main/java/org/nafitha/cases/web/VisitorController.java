package org.nafitha.cases.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.internal.RequestClassifier;
import org.nafitha.identity.AccessibilityNeeds;
import org.nafitha.identity.AccessibilityNeedsForm;
import org.nafitha.identity.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpSession;

/**
 * A visitor at reception: their file, services suggested as reception types, and the needs they ask
 * the ministry to know.
 */
@Controller
class VisitorController {

    private final VisitorPage page;
    private final RequestClassifier classifier;
    private final AccessibilityNeeds needs;

    VisitorController(VisitorPage page, RequestClassifier classifier, AccessibilityNeeds needs) {
        this.page = page;
        this.classifier = classifier;
        this.needs = needs;
    }

    /** The visitor's file, and services suggested for what they ask for; every showing is audited. */
    @GetMapping("/reception/visitor")
    String visitor(@RequestParam(name = "request", defaultValue = "") String request, Actor actor, HttpSession session,
                   Model model, Locale locale) {
        return page.render(request, actor, session, model, locale);
    }

    /**
     * Only the suggestions, for htmx as reception types: they come from the catalogue alone, so
     * no personal data is read and nothing is audited (the full page re-reads the visitor's file).
     */
    @GetMapping("/reception/visitor/suggestions")
    String suggestions(@RequestParam(name = "request", defaultValue = "") String request, Actor actor, Model model) {
        ReceptionController.requireReception(actor);
        model.addAttribute("request", request);
        model.addAttribute("suggestions", request.isBlank() ? List.of() : classifier.suggest(request, 5));
        return "cases/reception/visitor :: suggestions";
    }

    @PostMapping("/reception/visitor/needs")
    String recordNeeds(@RequestParam(name = "need", required = false) @Nullable List<String> ticked,
                       @RequestParam Map<String, String> params, Actor actor, HttpSession session, Model model,
                       Locale locale, RedirectAttributes redirect) {
        ReceptionController.requireReception(actor);
        var id = ReceptionController.visitorIn(session);
        if (id == null) return "redirect:/reception";
        var form = AccessibilityNeedsForm.read(ticked, params);
        if (!form.tooLong().isEmpty()) {
            model.addAttribute("needsForm", form);
            return page.render("", actor, session, model, locale);
        }
        needs.replace(id, form.needs(), actor);
        redirect.addFlashAttribute("banner", "cases.reception.needs.saved");
        return "redirect:/reception/visitor";
    }
}
