package org.nafitha.cases.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.nafitha.cases.CaseReference;
import org.nafitha.cases.internal.ReceptionDesk;
import org.nafitha.cases.internal.RequestClassifier;
import org.nafitha.cases.internal.Submission;
import org.nafitha.cases.internal.SubmissionOutcome;
import org.nafitha.cases.internal.SubmittingCases;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.catalogue.FieldError;
import org.nafitha.catalogue.FormValidator;
import org.nafitha.catalogue.ServiceDefinition;
import org.nafitha.country.NationalId;
import org.nafitha.documents.StoredDocument;
import org.nafitha.identity.Actor;
import org.nafitha.identity.WomenSectionStaff;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpSession;

/**
 * A walk-in request: reception fills the service's own application form for the visitor at the
 * counter (the same fields, checks and messages as online) and submits it for them. The case is
 * the visitor's — they follow it under "my applications" — and records that reception entered it.
 */
@Controller
class WalkInController {

    private final Catalogue catalogue;
    private final FormValidator validator;
    private final ReceptionDesk desk;
    private final SubmittingCases submitting;
    private final FormUploads uploads;
    private final FieldMessages messages;
    private final AnswerDisplay display;
    private final WomenSectionStaff womenSection;

    WalkInController(Catalogue catalogue, FormValidator validator, ReceptionDesk desk, SubmittingCases submitting,
                     FormUploads uploads, FieldMessages messages, AnswerDisplay display, WomenSectionStaff womenSection) {
        this.catalogue = catalogue;
        this.validator = validator;
        this.desk = desk;
        this.submitting = submitting;
        this.uploads = uploads;
        this.messages = messages;
        this.display = display;
        this.womenSection = womenSection;
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
        return render(service(code), visitor, desk, Map.of(), Map.of(), Map.of(), model, locale);
    }

    @PostMapping("/reception/visitor/apply/{code}")
    String submit(@PathVariable String code, MultipartHttpServletRequest request, Actor actor, HttpSession session,
                  Model model, Locale locale) throws IOException {
        ReceptionController.requireReception(actor);
        var visitor = ReceptionController.visitorIn(session);
        if (visitor == null) return "redirect:/reception";
        // The form names the visitor it was filled for: if reception has since turned to another
        // visitor (another tab), nothing is submitted in the wrong person's name.
        if (!visitor.value().equals(request.getParameter("visitor"))) return "redirect:/reception/visitor";
        var service = service(code);
        var key = request.getParameter("requestKey");
        var desk = new Desk(validKey(key) ? key : UUID.randomUUID().toString(),
                "true".equals(request.getParameter("womenSection")), "true".equals(request.getParameter("idChecked")));
        var input = FormUploads.typedAnswers(service, request);
        var errors = new ArrayList<>(validator.check(service, input).errors());
        var docs = new HashMap<String, List<UUID>>();
        var uploaded = new HashMap<String, StoredDocument>();
        for (var field : service.fileFields()) {
            var error = uploads.accept(field, request, actor.username(), visitor.value(), uploaded);
            if (error != null) errors.add(error);
            else if (uploaded.containsKey(field.name())) docs.put(field.name(), List.of(uploaded.get(field.name()).id()));
        }
        var shown = new LinkedHashMap<>(messages.of(errors, locale));
        if (!desk.idChecked()) shown.put("idChecked", messages.message("cases.reception.idChecked.required", locale));
        if (!shown.isEmpty()) return render(service, visitor, desk, input, uploaded, shown, model, locale);

        var outcome = submitting.submit(Submission.atReception(actor, code, input, docs, "reception-" + desk.requestKey(),
                visitor.value(), desk.womenSection()));
        return switch (outcome) {
            case SubmissionOutcome.Submitted s -> "redirect:/reception/submitted/" + s.reference();
            case SubmissionOutcome.Invalid i ->
                    render(service, visitor, desk, input, uploaded, messages.of(i.errors(), locale), model, locale);
            case SubmissionOutcome.UnknownService u -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case SubmissionOutcome.KeyReused r -> throw new ResponseStatusException(HttpStatus.CONFLICT);
            case SubmissionOutcome.NotAnApplicant n -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            case SubmissionOutcome.MandateRefused m -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            case SubmissionOutcome.UnpaidFines u -> throw new ResponseStatusException(HttpStatus.CONFLICT);
        };
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

    private String render(ServiceDefinition service, NationalId visitor, Desk desk, Map<String, String> values,
                          Map<String, StoredDocument> uploaded, Map<String, String> errors, Model model, Locale locale) {
        var record = this.desk.record(visitor);
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

    private static boolean validKey(String key) {
        if (key == null) return false;
        try {
            UUID.fromString(key);
            return true;
        } catch (IllegalArgumentException notAKey) {
            return false;
        }
    }

    private ServiceDefinition service(String code) {
        return catalogue.find(code).filter(RequestClassifier::offeredAtReception)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
