package org.nafitha.analytics.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.analytics.internal.Satisfaction;
import org.nafitha.analytics.internal.SatisfactionQuestions;
import org.nafitha.cases.CaseReference;
import org.nafitha.catalogue.Catalogue;
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

/** The one question after a case has ended, on its own page linked from the case page and the inbox. */
@Controller
class SatisfactionPages {

    private final Satisfaction satisfaction;
    private final SatisfactionQuestions questions;
    private final Catalogue catalogue;
    private final SatisfactionForm.Reading reading;

    SatisfactionPages(Satisfaction satisfaction, SatisfactionQuestions questions, Catalogue catalogue,
                      MessageSource messages) {
        this.satisfaction = satisfaction;
        this.questions = questions;
        this.catalogue = catalogue;
        this.reading = new SatisfactionForm.Reading(messages);
    }

    @GetMapping("/applications/{reference}/satisfaction")
    String question(@PathVariable String reference, Actor actor, Model model, Locale locale) {
        var question = question(reference, actor);
        return page(question, Map.of(), "", "", UUID.randomUUID().toString(), model, locale);
    }

    @PostMapping("/applications/{reference}/satisfaction")
    String answer(@PathVariable String reference, @RequestParam(required = false) @Nullable String score,
                  @RequestParam(required = false) @Nullable String comment,
                  @RequestParam(required = false) @Nullable String key, Actor actor, Model model, Locale locale) {
        var question = question(reference, actor);
        var form = reading.read(score, comment, locale);
        var idempotencyKey = key == null || !key.matches("[A-Za-z0-9-]{8,128}") ? UUID.randomUUID().toString() : key;
        if (!form.errors().isEmpty()) {
            return page(question, form.errors(), score == null ? "" : score.strip(), comment == null ? "" : comment,
                    idempotencyKey, model, locale);
        }
        return switch (satisfaction.answer(actor, question.reference(), form.score(), form.comment(), idempotencyKey)) {
            case Satisfaction.Recorded r -> "redirect:/applications/" + r.reference().value() + "/satisfaction";
            case Satisfaction.AlreadyAnswered a -> throw new ResponseStatusException(HttpStatus.CONFLICT);
            case Satisfaction.NotEnded n -> throw new ResponseStatusException(HttpStatus.CONFLICT);
            case Satisfaction.NotFound n -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
    }

    /** The person's question on the case: not their case, 404; theirs but still running, 409. */
    private SatisfactionQuestions.Question question(String reference, Actor actor) {
        var ref = CaseReference.parse(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return questions.question(actor, ref).orElseThrow(() -> new ResponseStatusException(
                questions.isOwn(actor, ref) ? HttpStatus.CONFLICT : HttpStatus.NOT_FOUND));
    }

    private String page(SatisfactionQuestions.Question question, Map<String, String> errors, String typedScore,
                        String typedComment, String key, Model model, Locale locale) {
        model.addAttribute("reference", question.reference().value());
        model.addAttribute("serviceName", catalogue.find(question.serviceCode()).map(s -> s.name().in(locale))
                .orElse(question.serviceCode()));
        model.addAttribute("answered", question.answeredScore());
        model.addAttribute("errors", errors);
        model.addAttribute("typedScore", typedScore);
        model.addAttribute("typedComment", typedComment);
        model.addAttribute("key", key);
        model.addAttribute("maxComment", Satisfaction.MAX_COMMENT);
        return "analytics/satisfaction";
    }
}
