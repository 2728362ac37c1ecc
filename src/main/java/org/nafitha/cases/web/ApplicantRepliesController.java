package org.nafitha.cases.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.internal.Appeals;
import org.nafitha.cases.internal.CaseNotes;
import org.nafitha.cases.internal.DecidingCases;
import org.nafitha.cases.internal.DecisionOutcome;
import org.nafitha.identity.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The applicant answering on their case: the information asked for, a message to the department, an appeal. */
@Controller
class ApplicantRepliesController {

    private final ApplicationPage page;
    private final DecidingCases deciding;
    private final Appeals appeals;
    private final CaseNotes notes;
    private final FieldMessages messages;

    ApplicantRepliesController(ApplicationPage page, DecidingCases deciding, Appeals appeals, CaseNotes notes,
                               FieldMessages messages) {
        this.page = page;
        this.deciding = deciding;
        this.appeals = appeals;
        this.notes = notes;
        this.messages = messages;
    }

    @PostMapping("/applications/{reference}/appeal")
    String appeal(@PathVariable String reference, @RequestParam(defaultValue = "") String grounds, Actor actor,
                  Model model, Locale locale, RedirectAttributes redirect) {
        var view = page.find(reference, actor);
        return switch (appeals.appeal(view.caseFile().reference(), grounds, actor)) {
            case Appeals.Outcome.Appealed a -> {
                redirect.addFlashAttribute("banner", "cases.appeal.filed");
                redirect.addFlashAttribute("bannerReference", a.appeal().value());
                yield "redirect:/applications/" + a.appeal();
            }
            case Appeals.Outcome.Refused r -> {
                model.addAttribute("appealError", messages.message(r.refusal().messageKey(), locale));
                model.addAttribute("grounds", grounds);
                yield page.render(reference, actor, model, locale);
            }
        };
    }

    @PostMapping("/applications/{reference}/messages")
    String message(@PathVariable String reference, @RequestParam(defaultValue = "") String body, Actor actor,
                   Model model, Locale locale, RedirectAttributes redirect) {
        var view = page.find(reference, actor);
        var outcome = notes.add(view.caseFile().reference(), actor, false, body);
        if (outcome != CaseNotes.Outcome.ADDED) {
            model.addAttribute("messageError", messages.message("cases.staff.note." + outcome.name(), locale));
            model.addAttribute("messageBody", body);
            return page.render(reference, actor, model, locale);
        }
        redirect.addFlashAttribute("banner", "cases.staff.message.sent");
        return "redirect:/applications/" + view.caseFile().reference() + "#messages";
    }

    @PostMapping("/applications/{reference}/information")
    String provideInformation(@PathVariable String reference, @RequestParam(defaultValue = "") String note,
                              @RequestParam(required = false) @Nullable Integer version, Actor actor, Model model,
                              Locale locale, RedirectAttributes redirect) {
        var view = page.find(reference, actor);
        var outcome = deciding.take(view.caseFile().reference(), "provide-info", note, version, actor);
        if (outcome instanceof DecisionOutcome.Refused(var refusal)) {
            model.addAttribute("infoError", messages.message(refusal.messageKey(), locale));
            model.addAttribute("note", note);
            return page.render(reference, actor, model, locale);
        }
        redirect.addFlashAttribute("banner", "cases.information.sent");
        return "redirect:/applications/" + view.caseFile().reference();
    }
}
