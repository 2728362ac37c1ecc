package org.nafitha.assistant.web;

import java.time.Duration;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nafitha.assistant.Assistant;
import org.nafitha.assistant.internal.UnansweredQuestions;
import org.nafitha.identity.Actor;
import org.nafitha.identity.CurrentActor;
import org.nafitha.kiosk.KioskProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import java.time.Clock;

/**
 * The assistant's pages: the answer page the home page's question box (and each service page's
 * "not what you need?") leads to, the same on the kiosk inside its walls, and the editors' list of
 * questions that found nothing. A question is a GET: it changes nothing, works without JavaScript,
 * and htmx only swaps the answers in place.
 */
@Controller
class AssistantPages {

    private final Assistant assistant;
    private final CurrentActor current;
    private final UnansweredQuestions unanswered;
    private final KioskProperties kiosk;
    private final Clock clock;

    AssistantPages(Assistant assistant, CurrentActor current, UnansweredQuestions unanswered, KioskProperties kiosk,
                   Clock clock) {
        this.assistant = assistant;
        this.current = current;
        this.unanswered = unanswered;
        this.kiosk = kiosk;
        this.clock = clock;
    }

    @GetMapping("/assistant")
    String ask(@RequestParam(name = "q", required = false) @Nullable String q,
               @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
               Model model, Locale locale) {
        answer(q, model, locale, current.get().orElse(null));
        return htmx != null ? "assistant/answer :: answers" : "assistant/answer";
    }

    @GetMapping("/kiosk/assistant")
    String kiosk(@RequestParam(name = "q", required = false) @Nullable String q, Actor actor, Model model, Locale locale) {
        model.addAttribute("kioskSeconds", kiosk.idleTimeout().toSeconds());
        answer(q, model, locale, actor);
        return "assistant/kiosk";
    }

    @GetMapping("/admin/assistant/unanswered")
    String unanswered(Model model) {
        model.addAttribute("questions", unanswered.mostCommon(clock.instant().minus(Duration.ofDays(30)), 100));
        return "assistant/unanswered";
    }

    private void answer(@Nullable String q, Model model, Locale locale, @Nullable Actor actor) {
        var question = q == null ? null : q.strip();
        model.addAttribute("q", question == null ? "" : question);
        if (question == null) return;
        if (question.isEmpty()) {
            model.addAttribute("error", "assistant.question.empty");
        } else if (question.length() > Assistant.MAX_QUESTION) {
            model.addAttribute("error", "assistant.question.tooLong");
        } else {
            model.addAttribute("reply", assistant.ask(question, locale, actor));
        }
    }
}
