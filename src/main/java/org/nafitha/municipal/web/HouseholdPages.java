package org.nafitha.municipal.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.municipal.internal.AidDecisions;
import org.nafitha.municipal.internal.DecidingAid;
import org.nafitha.municipal.internal.Organisations;
import org.nafitha.municipal.internal.ReadingAssessments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A filed household and its aid decision: what the register's matcher made of each member, the
 * aid other municipalities already granted to any of them (flagged: which municipality, when), and
 * the decision, taken here by the municipality's staff.
 */
@Controller
class HouseholdPages {

    private final ReadingAssessments reading;
    private final DecidingAid deciding;
    private final Organisations organisations;
    private final MessageSource messages;

    HouseholdPages(ReadingAssessments reading, DecidingAid deciding, Organisations organisations, MessageSource messages) {
        this.reading = reading;
        this.deciding = deciding;
        this.organisations = organisations;
        this.messages = messages;
    }

    @GetMapping("/municipal/assessments/{id}/household")
    String household(@PathVariable String id, Actor actor, Model model, Locale locale) {
        return show(id, actor, model, locale, Map.of(), Map.of());
    }

    @PostMapping("/municipal/assessments/{id}/decision")
    String decide(@PathVariable String id, @RequestParam(required = false) @Nullable String outcome,
                  @RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable String amount,
                  @RequestParam(required = false) @Nullable String reason, Actor actor, Model model, Locale locale,
                  RedirectAttributes redirect) {
        var uuid = PathIds.parse(id).orElseThrow(AssessmentPages::notFound);
        var problems = deciding.decide(actor, uuid, outcome, kind, amount, reason);
        if (problems.isEmpty()) {
            redirect.addFlashAttribute("decided", true);
            return "redirect:/municipal/assessments/" + uuid + "/household";
        }
        var errors = problems.stream().collect(Collectors.toMap(p -> p.field() == null ? "problem" : "aid-" + p.field(),
                p -> messages.getMessage(p.error().messageKey(), null, locale), (a, b) -> a, LinkedHashMap::new));
        var typed = new HashMap<String, String>();
        if (outcome != null) typed.put("outcome", outcome);
        if (kind != null) typed.put("kind", kind);
        if (amount != null) typed.put("amount", amount);
        if (reason != null) typed.put("reason", reason);
        return show(id, actor, model, locale, errors, typed);
    }

    private String show(String id, Actor actor, Model model, Locale locale, Map<String, String> errors, Map<String, String> typed) {
        var household = PathIds.parse(id).flatMap(uuid -> reading.read(actor, uuid))
                .orElseThrow(AssessmentPages::notFound);
        model.addAttribute("household", household);
        model.addAttribute("decides", deciding.decides(actor, household.assessment().municipality()));
        model.addAttribute("kinds", AidDecisions.Kind.values());
        model.addAttribute("places", organisations.municipalities().stream()
                .collect(Collectors.toMap(Organisations.Municipality::code, m -> m.name(locale))));
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        return "municipal/household";
    }
}
