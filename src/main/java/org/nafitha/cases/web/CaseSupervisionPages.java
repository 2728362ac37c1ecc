package org.nafitha.cases.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseReference;
import org.nafitha.cases.internal.Refusal;
import org.nafitha.cases.internal.Supervising;
import org.nafitha.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A head's hand on a case from its file: reassigning it, with a reason, and marking it urgent. */
@Controller
class CaseSupervisionPages {

    private final StaffCasePage page;
    private final Supervising supervising;
    private final FieldMessages messages;

    CaseSupervisionPages(StaffCasePage page, Supervising supervising, FieldMessages messages) {
        this.page = page;
        this.supervising = supervising;
        this.messages = messages;
    }

    @PostMapping("/staff/cases/{reference}/assignee")
    String reassign(@PathVariable String reference, @RequestParam(defaultValue = "") String assignee,
                    @RequestParam(defaultValue = "") String reason, @RequestParam(required = false) @Nullable Integer version,
                    Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
        var ref = CaseReference.parse(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var refusal = supervising.reassign(ref, assignee, reason, version, actor);
        model.addAttribute("reassignTo", assignee);
        return after(refusal, "cases.staff.reassigned", "reassignError", reference, actor, model, locale, redirect,
                "reassignReason", reason);
    }

    @PostMapping("/staff/cases/{reference}/urgent")
    String markUrgent(@PathVariable String reference, @RequestParam(defaultValue = "") String reason,
                      @RequestParam(required = false) @Nullable Integer version,
                      Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
        var ref = CaseReference.parse(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var refusal = supervising.markUrgent(ref, reason, version, actor);
        return after(refusal, "cases.staff.urgent.marked", "urgentError", reference, actor, model, locale, redirect,
                "urgentReason", reason);
    }

    private String after(@Nullable Refusal refusal, String banner, String errorAttribute, String reference, Actor actor,
                         Model model, Locale locale, RedirectAttributes redirect, String keptName, String kept) {
        if (refusal == Refusal.NOT_FOUND) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        if (refusal != null) {
            model.addAttribute(errorAttribute, messages.message(refusal.messageKey(), locale));
            model.addAttribute(keptName, kept);
            return page.render(reference, actor, model, locale);
        }
        redirect.addFlashAttribute("banner", banner);
        redirect.addFlashAttribute("bannerReference", reference);
        return "redirect:/staff/cases/" + reference;
    }
}
