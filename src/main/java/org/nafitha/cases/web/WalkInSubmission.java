package org.nafitha.cases.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.nafitha.cases.internal.Submission;
import org.nafitha.cases.internal.SubmissionOutcome;
import org.nafitha.cases.internal.SubmittingCases;
import org.nafitha.catalogue.FormValidator;
import org.nafitha.documents.StoredDocument;
import org.nafitha.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpSession;

/**
 * A walk-in form as posted: checked as online, with reception's own checks (the visitor's ID seen), and
 * submitted in the visitor's name; never for another visitor than the one the form was filled for.
 */
@Controller
class WalkInSubmission {

    private final FormValidator validator;
    private final SubmittingCases submitting;
    private final FormUploads uploads;
    private final FieldMessages messages;
    private final WalkInFormPage page;

    WalkInSubmission(FormValidator validator, SubmittingCases submitting, FormUploads uploads, FieldMessages messages,
                     WalkInFormPage page) {
        this.validator = validator;
        this.submitting = submitting;
        this.uploads = uploads;
        this.messages = messages;
        this.page = page;
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
        var service = page.service(code);
        var key = request.getParameter("requestKey");
        var desk = new WalkInController.Desk(validKey(key) ? key : UUID.randomUUID().toString(),
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
        if (!shown.isEmpty()) return page.render(service, visitor, desk, input, uploaded, shown, model, locale);

        var outcome = submitting.submit(Submission.atReception(actor, code, input, docs, "reception-" + desk.requestKey(),
                visitor.value(), desk.womenSection()));
        return switch (outcome) {
            case SubmissionOutcome.Submitted s -> "redirect:/reception/submitted/" + s.reference();
            case SubmissionOutcome.Invalid i ->
                    page.render(service, visitor, desk, input, uploaded, messages.of(i.errors(), locale), model, locale);
            case SubmissionOutcome.UnknownService u -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case SubmissionOutcome.KeyReused r -> throw new ResponseStatusException(HttpStatus.CONFLICT);
            case SubmissionOutcome.NotAnApplicant n -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            case SubmissionOutcome.MandateRefused m -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            case SubmissionOutcome.UnpaidFines u -> throw new ResponseStatusException(HttpStatus.CONFLICT);
        };
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
}
