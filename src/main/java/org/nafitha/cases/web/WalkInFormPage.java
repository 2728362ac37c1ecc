package org.nafitha.cases.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.nafitha.cases.internal.ReceptionDesk;
import org.nafitha.cases.internal.RequestClassifier;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.catalogue.ServiceDefinition;
import org.nafitha.country.NationalId;
import org.nafitha.documents.StoredDocument;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** A service's form as reception fills it for a visitor: what the registers know of them, typed, and kept. */
@Component
class WalkInFormPage {

    private final Catalogue catalogue;
    private final ReceptionDesk reception;
    private final AnswerDisplay display;

    WalkInFormPage(Catalogue catalogue, ReceptionDesk reception, AnswerDisplay display) {
        this.catalogue = catalogue;
        this.reception = reception;
        this.display = display;
    }

    String render(ServiceDefinition service, NationalId visitor, WalkInController.Desk desk, Map<String, String> values,
                          Map<String, StoredDocument> uploaded, Map<String, String> errors, Model model, Locale locale) {
        var record = reception.record(visitor);
        var prefilled = new HashMap<String, String>();
        for (var field : service.fields()) {
            if (field.prefilled()) {
                record.flatMap(r -> r.value(field.prefill(), locale))
                        .ifPresent(v -> prefilled.put(field.name(), display.value(field, v, locale)));
            }
        }
        model.addAttribute("visitorName", record.map(r -> "ar".equals(locale.getLanguage()) ? r.fullNameAr()
                : r.fullNameEn()).orElse(visitor.value()));
        model.addAttribute("service", service);
        model.addAttribute("values", values);
        model.addAttribute("prefilled", prefilled);
        model.addAttribute("uploaded", uploaded);
        model.addAttribute("errors", errors);
        model.addAttribute("desk", desk);
        model.addAttribute("visitor", visitor.value());
        model.addAttribute("prefilledTitle", "cases.reception.form.prefilled");
        return "cases/reception/form";
    }

    /** A service reception may enter for a visitor; otherwise 404. */
    ServiceDefinition service(String code) {
        return catalogue.find(code).filter(RequestClassifier::offeredAtReception)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
