package org.nafitha.cases.web;

import java.util.List;
import java.util.Locale;

import org.nafitha.cases.internal.ReceptionDesk;
import org.nafitha.cases.internal.RequestClassifier;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.identity.AccessibilityNeedsForm;
import org.nafitha.identity.Actor;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import jakarta.servlet.http.HttpSession;

/** The visitor's file as reception sees it, with services suggested for what they ask for; every showing is audited. */
@Component
class VisitorPage {

    private final ReceptionDesk desk;
    private final RequestClassifier classifier;
    private final Catalogue catalogue;
    private final FieldMessages messages;

    VisitorPage(ReceptionDesk desk, RequestClassifier classifier, Catalogue catalogue, FieldMessages messages) {
        this.desk = desk;
        this.classifier = classifier;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    String render(String request, Actor actor, HttpSession session, Model model, Locale locale) {
        ReceptionController.requireReception(actor);
        var id = ReceptionController.visitorIn(session);
        if (id == null) return "redirect:/reception";
        var lookUp = desk.lookUp(id.value(), actor);
        if (!(lookUp instanceof ReceptionDesk.Found found)) {
            session.removeAttribute(ReceptionController.VISITOR);
            return ReceptionController.lookupError(id.value(), messages.message("cases.reception.notInRegister", locale), model);
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
}
