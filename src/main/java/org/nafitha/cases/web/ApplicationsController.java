package org.nafitha.cases.web;

import java.util.Locale;

import org.nafitha.cases.internal.ReadingCases;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.identity.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The applicant's pages after submission: confirmation, list, timeline ({@link ApplicationPage}). Checking
 * the answers and submitting are {@link DraftsController}; answering, messages and appeals
 * {@link ApplicantRepliesController}.
 */
@Controller
class ApplicationsController {

    private final ApplicationPage page;
    private final ReadingCases reading;
    private final Catalogue catalogue;

    ApplicationsController(ApplicationPage page, ReadingCases reading, Catalogue catalogue) {
        this.page = page;
        this.reading = reading;
        this.catalogue = catalogue;
    }

    @GetMapping("/applications/{reference}/confirmation")
    String confirmation(@PathVariable String reference, Actor actor, Model model) {
        var view = page.find(reference, actor);
        model.addAttribute("caseFile", view.caseFile());
        model.addAttribute("service", catalogue.find(view.caseFile().serviceCode()).orElseThrow());
        return "cases/confirmation";
    }

    @GetMapping("/applications/{reference}")
    String detail(@PathVariable String reference, Actor actor, Model model, Locale locale) {
        return page.render(reference, actor, model, locale);
    }

    @GetMapping("/applications")
    String mine(Actor actor, Model model) {
        model.addAttribute("applications", reading.mine(actor));
        model.addAttribute("catalogue", catalogue);
        return "cases/list";
    }
}
