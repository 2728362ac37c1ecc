package org.nafitha.cases.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.nafitha.cases.CaseReference;
import org.nafitha.cases.internal.Appeals;
import org.nafitha.cases.internal.CaseNotes;
import org.nafitha.cases.internal.ReadingCases;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** One of the applicant's cases as they see it: answers, timeline, messages, and until when it may be appealed. */
@Component
class ApplicationPage {

    private final ReadingCases reading;
    private final Catalogue catalogue;
    private final AnswerDisplay display;
    private final Appeals appeals;
    private final CaseNotes notes;
    private final Clock clock;

    ApplicationPage(ReadingCases reading, Catalogue catalogue, AnswerDisplay display, Appeals appeals, CaseNotes notes,
                    Clock clock) {
        this.reading = reading;
        this.catalogue = catalogue;
        this.display = display;
        this.appeals = appeals;
        this.notes = notes;
        this.clock = clock;
    }

    String render(String reference, Actor actor, Model model, Locale locale) {
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

    ReadingCases.CaseView find(String reference, Actor actor) {
        return CaseReference.parse(reference).flatMap(ref -> reading.read(ref, actor, "applicant"))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
