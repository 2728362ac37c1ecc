package org.nafitha.cases.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.nafitha.cases.FeePreview;
import org.nafitha.cases.internal.Drafts;
import org.nafitha.cases.internal.Submission;
import org.nafitha.cases.internal.SubmissionOutcome;
import org.nafitha.cases.internal.SubmittingCases;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.catalogue.FormValidator;
import org.nafitha.country.NationalId;
import org.nafitha.documents.Documents;
import org.nafitha.identity.Actor;
import org.nafitha.registers.CivilRegister;
import org.nafitha.registers.Prefill;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/** The applicant checking their answers before submitting, and submitting: one case per draft. */
@Controller
class DraftsController {

    private final Drafts drafts;
    private final Catalogue catalogue;
    private final FormValidator validator;
    private final CivilRegister register;
    private final Prefill prefill;
    private final Documents documents;
    private final SubmittingCases submitting;
    private final AnswerDisplay display;
    private final List<FeePreview> fees;

    DraftsController(Drafts drafts, Catalogue catalogue, FormValidator validator, CivilRegister register, Prefill prefill,
                     Documents documents, SubmittingCases submitting, AnswerDisplay display, List<FeePreview> fees) {
        this.drafts = drafts;
        this.catalogue = catalogue;
        this.validator = validator;
        this.register = register;
        this.prefill = prefill;
        this.documents = documents;
        this.submitting = submitting;
        this.display = display;
        this.fees = fees;
    }

    @GetMapping("/applications/drafts/{id}")
    String review(@PathVariable UUID id, Actor actor, Model model, Locale locale) {
        var draft = drafts.find(id, actor.username()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var service = catalogue.find(draft.serviceCode()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var answers = new LinkedHashMap<String, String>();
        var record = register.find(new NationalId(draft.onBehalfOf() == null ? actor.nationalId() : draft.onBehalfOf()));
        var known = prefill.values(new NationalId(draft.onBehalfOf() == null ? actor.nationalId() : draft.onBehalfOf()),
                service.fields().stream().filter(f -> f.prefilled()).map(f -> f.prefill()).toList(), locale);
        service.fields().stream().filter(f -> f.prefilled() && known.containsKey(f.prefill()))
                .forEach(f -> answers.put(f.name(), known.get(f.prefill())));
        answers.putAll(validator.check(service, draft.input()).answers());
        var files = new HashMap<String, String>();
        draft.documents().forEach((field, ids) -> ids.stream().findFirst().flatMap(documents::find)
                .ifPresent(d -> files.put(field, d.filename())));
        model.addAttribute("service", service);
        model.addAttribute("draftId", id);
        model.addAttribute("rows", display.rows(service, answers, locale));
        model.addAttribute("files", files);
        var feeLines = fees.stream().flatMap(f -> f.lines(service, answers).stream()).toList();
        model.addAttribute("feeLines", feeLines);
        model.addAttribute("feeTotal", feeLines.stream().map(FeePreview.Line::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        model.addAttribute("onBehalfOfName", draft.onBehalfOf() == null ? null
                : record.map(r -> "ar".equals(locale.getLanguage()) ? r.fullNameAr() : r.fullNameEn()).orElse(null));
        return "cases/review";
    }

    /** The draft's ID is the idempotency key: a double click or a resubmitted page opens one case. */
    @PostMapping("/applications/drafts/{id}/submit")
    String submit(@PathVariable UUID id, Actor actor) {
        var draft = drafts.find(id, actor.username()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var outcome = submitting.submit(new Submission(actor, draft.serviceCode(), draft.input(), draft.documents(),
                "draft-" + id, draft.onBehalfOf()));
        return switch (outcome) {
            case SubmissionOutcome.Submitted s -> "redirect:/applications/" + s.reference() + "/confirmation";
            case SubmissionOutcome.Invalid i -> "redirect:/services/" + draft.serviceCode() + "/apply?draft=" + id;
            case SubmissionOutcome.UnknownService u -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case SubmissionOutcome.KeyReused r -> throw new ResponseStatusException(HttpStatus.CONFLICT);
            case SubmissionOutcome.NotAnApplicant n -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            case SubmissionOutcome.MandateRefused m -> "redirect:/services/" + draft.serviceCode() + "/apply?refused="
                    + m.reason().name();
            // Sent to pay first: "What I owe" names the service waiting for it.
            case SubmissionOutcome.UnpaidFines u -> "redirect:/payments?blocked=" + draft.serviceCode();
        };
    }
}
