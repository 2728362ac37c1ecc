package org.nafitha.cases.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.catalogue.ServiceDefinition;
import org.nafitha.country.NationalId;
import org.nafitha.documents.Documents;
import org.nafitha.documents.StoredDocument;
import org.nafitha.identity.Actor;
import org.nafitha.registers.CivilRecord;
import org.nafitha.registers.CivilRegister;
import org.nafitha.registers.Prefill;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** A service's application form with what is typed, what the registers already know, and the files kept. */
@Component
class ApplicationFormPage {

    private final CivilRegister register;
    private final Prefill prefill;
    private final AnswerDisplay display;
    private final Documents documents;

    ApplicationFormPage(CivilRegister register, Prefill prefill, AnswerDisplay display, Documents documents) {
        this.register = register;
        this.prefill = prefill;
        this.display = display;
        this.documents = documents;
    }

    String render(ServiceDefinition service, Actor actor, @Nullable String principal, Map<String, String> values,
                          Map<String, StoredDocument> uploaded, Map<String, String> errors, Model model, Locale locale) {
        var prefilled = new HashMap<String, String>();
        var person = principal == null ? actor.nationalId() : principal;
        var record = person == null ? Optional.<CivilRecord>empty()
                : register.find(new NationalId(person));
        model.addAttribute("onBehalfOf", principal);
        model.addAttribute("onBehalfOfName", principal == null ? null
                : record.map(r -> "ar".equals(locale.getLanguage()) ? r.fullNameAr() : r.fullNameEn()).orElse(principal));
        var known = person == null ? Map.<String, String>of() : prefill.values(new NationalId(person),
                service.fields().stream().filter(f -> f.prefilled()).map(f -> f.prefill()).toList(), locale);
        for (var field : service.fields()) {
            if (field.prefilled() && known.containsKey(field.prefill())) {
                prefilled.put(field.name(), display.value(field, known.get(field.prefill()), locale));
            }
        }
        model.addAttribute("service", service);
        model.addAttribute("values", values);
        model.addAttribute("prefilled", prefilled);
        model.addAttribute("uploaded", uploaded);
        model.addAttribute("errors", errors);
        return "cases/form";
    }

    /** A draft's documents as the form shows them again. */
    Map<String, StoredDocument> uploaded(Map<String, List<UUID>> docs) {
        var result = new HashMap<String, StoredDocument>();
        docs.forEach((field, ids) -> ids.stream().findFirst().flatMap(documents::find)
                .ifPresent(d -> result.put(field, d)));
        return result;
    }
}
