package org.nafitha.municipal.web;

import java.util.Locale;

import org.nafitha.identity.Actor;
import org.nafitha.municipal.MunicipalError;
import org.nafitha.municipal.internal.Organisations;
import org.nafitha.municipal.internal.ReviewingMatches;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import java.util.stream.Collectors;

/**
 * Municipal affairs' review page: each pair the matcher could not decide, the two records side by
 * side with the weight each part added, and two buttons. A second reviewer who agrees resolves it.
 */
@Controller
class ReviewPages {

    private final ReviewingMatches reviewing;
    private final Organisations organisations;
    private final AuditTrail audit;

    ReviewPages(ReviewingMatches reviewing, Organisations organisations, AuditTrail audit) {
        this.reviewing = reviewing;
        this.organisations = organisations;
        this.audit = audit;
    }

    @GetMapping("/municipal/reviews")
    String open(Actor actor, Model model, Locale locale) {
        var pairs = reviewing.open(50);
        audit.recordAlone(new AuditEntry(actor.username(), actor.primaryRole().name(), "municipal.review.list", null, null,
                pairs.size() + " pair(s), page", null));
        model.addAttribute("pairs", pairs);
        model.addAttribute("me", actor.username());
        model.addAttribute("places", organisations.municipalities().stream()
                .collect(Collectors.toMap(Organisations.Municipality::code, m -> m.name(locale))));
        return "municipal/reviews";
    }

    @PostMapping("/municipal/reviews/{filed}/{candidate}")
    String vote(@PathVariable String filed, @PathVariable String candidate, @RequestParam(defaultValue = "") String verdict,
                Actor actor, RedirectAttributes redirect) {
        var a = PathIds.parse(filed);
        var b = PathIds.parse(candidate);
        ReviewingMatches.Verdict v;
        try {
            v = ReviewingMatches.Verdict.valueOf(verdict);
        } catch (IllegalArgumentException unknown) {
            redirect.addFlashAttribute("problem", MunicipalError.VERDICT_INVALID.messageKey());
            return "redirect:/municipal/reviews";
        }
        if (a.isEmpty() || b.isEmpty()) {
            redirect.addFlashAttribute("problem", MunicipalError.NOT_FOUND.messageKey());
            return "redirect:/municipal/reviews";
        }
        var outcome = reviewing.vote(actor, a.get(), b.get(), v);
        if (outcome.refused() != null) {
            redirect.addFlashAttribute("problem", outcome.refused().messageKey());
        } else {
            var resolution = outcome.voted() == null ? null : outcome.voted().resolution();
            redirect.addFlashAttribute("done", resolution == null ? "municipal.review.waiting"
                    : "municipal.review.resolved." + resolution.name());
        }
        return "redirect:/municipal/reviews";
    }
}
