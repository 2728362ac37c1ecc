package org.nafitha.kiosk.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.nafitha.cases.Applications;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.catalogue.FieldDefinition;
import org.nafitha.catalogue.ServiceDefinition;
import org.nafitha.identity.Actor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A short form for one kiosk service: what the register knows is filled in, documents are uploaded
 * later online; a valid form becomes a case and its receipt.
 */
@Controller
class KioskApplicationController {

    private final Catalogue catalogue;
    private final Applications applications;
    private final MessageSource messages;

    KioskApplicationController(Catalogue catalogue, Applications applications, MessageSource messages) {
        this.catalogue = catalogue;
        this.applications = applications;
        this.messages = messages;
    }

    /** What the shared form fragment reads as {@code service}: the fields a touch screen can ask. */
    record KioskForm(String code, List<FieldDefinition> fields) {

        static KioskForm of(ServiceDefinition service) {
            return new KioskForm(service.code(), service.fields().stream().filter(f -> !f.isFile()).toList());
        }

        boolean documentsLater(ServiceDefinition service) {
            return service.fileFields().stream().anyMatch(FieldDefinition::required);
        }
    }

    @GetMapping("/kiosk/services/{code}")
    String form(@PathVariable String code, Model model) {
        var service = kioskService(code);
        return render(service, Map.of(), Map.of(), UUID.randomUUID().toString(), model);
    }

    @PostMapping("/kiosk/services/{code}")
    String apply(@PathVariable String code, @RequestParam Map<String, String> params, Actor actor, Model model,
                 Locale locale) {
        var service = kioskService(code);
        var key = params.getOrDefault("idempotencyKey", "");
        if (key.isBlank()) key = UUID.randomUUID().toString();
        var answers = new LinkedHashMap<String, String>();
        KioskForm.of(service).fields().forEach(f -> {
            if (params.containsKey(f.name())) answers.put(f.name(), params.get(f.name()));
        });
        return switch (applications.applyForSelf(actor, code, answers, key)) {
            case Applications.Submitted s -> "redirect:/kiosk/receipt/" + s.reference().value();
            case Applications.Invalid invalid -> {
                var errors = new LinkedHashMap<String, String>();
                invalid.errors().forEach(e -> errors.putIfAbsent(e.field(),
                        messages.getMessage(e.messageKey(), e.args().toArray(), e.messageKey(), locale)));
                yield render(service, answers, errors, key, model);
            }
            case Applications.Refused refused -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
    }

    private String render(ServiceDefinition service, Map<String, String> values, Map<String, String> errors, String key,
                          Model model) {
        model.addAttribute("definition", service);
        model.addAttribute("service", KioskForm.of(service));
        model.addAttribute("documentsLater", KioskForm.of(service).documentsLater(service));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("uploaded", Map.of());
        model.addAttribute("idempotencyKey", key);
        return "kiosk/apply";
    }

    private ServiceDefinition kioskService(String code) {
        return catalogue.find(code).filter(ServiceDefinition::kiosk)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
