package org.nafitha.cases.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseReference;
import org.nafitha.cases.FeePreview;
import org.nafitha.cases.internal.Appeals;
import org.nafitha.cases.internal.CaseNotes;
import org.nafitha.cases.internal.DecidingCases;
import org.nafitha.cases.internal.DecisionOutcome;
import org.nafitha.cases.internal.Drafts;
import org.nafitha.cases.internal.ReadingCases;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import java.time.Clock;

/** The applicant's pages after the form: check answers, submit, confirmation, list, timeline. */
@Controller
class ApplicationsController {

    private final Drafts drafts;
    private final Catalogue catalogue;
    private final FormValidator validator;
    private final CivilRegister register;
    private final Prefill prefill;
    private final Documents documents;
    private final SubmittingCases submitting;
    private final ReadingCases reading;
    private final DecidingCases deciding;
    private final AnswerDisplay display;
    private final FieldMessages messages;
    private final Appeals appeals;
    private final CaseNotes notes;
    private final Clock clock;
    private final List<FeePreview> fees;

    ApplicationsController(List<FeePreview> fees, Appeals appeals, CaseNotes notes, Clock clock, Drafts drafts, Catalogue catalogue, FormValidator validator, CivilRegister register,
                           Prefill prefill, Documents documents, SubmittingCases submitting, ReadingCases reading,
                           DecidingCases deciding, AnswerDisplay display, FieldMessages messages) {
        this.fees = fees;
        this.appeals = appeals;
        this.notes = notes;
        this.clock = clock;
        this.drafts = drafts;
        this.catalogue = catalogue;
        this.validator = validator;
        this.register = register;
        this.prefill = prefill;
        this.documents = documents;
        this.submitting = submitting;
        this.reading = reading;
        this.deciding = deciding;
        this.display = display;
        this.messages = messages;
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

    @GetMapping("/applications/{reference}/confirmation")
    String confirmation(@PathVariable String reference, Actor actor, Model model) {
        var view = find(reference, actor);
        model.addAttribute("caseFile", view.caseFile());
        model.addAttribute("service", catalogue.find(view.caseFile().serviceCode()).orElseThrow());
        return "cases/confirmation";
    }

    @GetMapping("/applications")
    String mine(Actor actor, Model model) {
        model.addAttribute("applications", reading.mine(actor));
        model.addAttribute("catalogue", catalogue);
        return "cases/list";
    }

    @GetMapping("/applications/{reference}")
    String detail(@PathVariable String reference, Actor actor, Model model, Locale locale) {
        var view = find(reference, actor);
        var service = catalogue.find(view.caseFile().serviceCode()).orElseThrow();
        model.addAttribute("caseFile", view.caseFile());
        model.addAttribute("service", service);
        model.addAttribute("timeline", view.timeline());
        model.addAttribute("rows", display.rows(service, view.caseFile().answers(), locale));
        model.addAttribute("reasonLabels", AnswerDisplay.reasonLabels(service, locale));
        var ref = view.caseFile().reference();
        model.addAttribute("appealUntil", appeals.openUntil(view.caseFile(), view.timeline()).orElse(null));
        model.addAttribute("appeal", appeals.appealOf(ref).orElse(null));
        model.addAttribute("now", clock.instant());
        model.addAttribute("messagesWithDepartment", notes.of(ref, actor).orElse(List.of()));
        return "cases/detail";
    }

    @PostMapping("/applications/{reference}/appeal")
    String appeal(@PathVariable String reference, @RequestParam(defaultValue = "") String grounds, Actor actor,
                  Model model, Locale locale, RedirectAttributes redirect) {
        var view = find(reference, actor);
        return switch (appeals.appeal(view.caseFile().reference(), grounds, actor)) {
            case Appeals.Outcome.Appealed a -> {
                redirect.addFlashAttribute("banner", "cases.appeal.filed");
                redirect.addFlashAttribute("bannerReference", a.appeal().value());
                yield "redirect:/applications/" + a.appeal();
            }
            case Appeals.Outcome.Refused r -> {
                model.addAttribute("appealError", messages.message(r.refusal().messageKey(), locale));
                model.addAttribute("grounds", grounds);
                yield detail(reference, actor, model, locale);
            }
        };
    }

    @PostMapping("/applications/{reference}/messages")
    String message(@PathVariable String reference, @RequestParam(defaultValue = "") String body, Actor actor,
                   Model model, Locale locale, RedirectAttributes redirect) {
        var view = find(reference, actor);
        var outcome = notes.add(view.caseFile().reference(), actor, false, body);
        if (outcome != CaseNotes.Outcome.ADDED) {
            model.addAttribute("messageError", messages.message("cases.staff.note." + outcome.name(), locale));
            model.addAttribute("messageBody", body);
            return detail(reference, actor, model, locale);
        }
        redirect.addFlashAttribute("banner", "cases.staff.message.sent");
        return "redirect:/applications/" + view.caseFile().reference() + "#messages";
    }

    @PostMapping("/applications/{reference}/information")
    String provideInformation(@PathVariable String reference, @RequestParam(defaultValue = "") String note,
                              @RequestParam(required = false) @Nullable Integer version, Actor actor, Model model,
                              Locale locale, RedirectAttributes redirect) {
        var view = find(reference, actor);
        var outcome = deciding.take(view.caseFile().reference(), "provide-info", note, version, actor);
        if (outcome instanceof DecisionOutcome.Refused(var refusal)) {
            model.addAttribute("infoError", messages.message(refusal.messageKey(), locale));
            model.addAttribute("note", note);
            return detail(reference, actor, model, locale);
        }
        redirect.addFlashAttribute("banner", "cases.information.sent");
        return "redirect:/applications/" + view.caseFile().reference();
    }

    private ReadingCases.CaseView find(String reference, Actor actor) {
        return CaseReference.parse(reference).flatMap(ref -> reading.read(ref, actor, "applicant"))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
