package org.nafitha.notifications.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.messaging.SmsText;
import org.nafitha.notifications.internal.Channel;
import org.nafitha.notifications.internal.NotificationTemplates;
import org.nafitha.notifications.internal.TemplateKey;
import org.nafitha.notifications.internal.TemplateText;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * One notification template edited by an admin: each save is a new version, checked against its
 * event's variables; "preview" fills the text with sample values and counts SMS segments.
 */
@Controller
class TemplateEditController {

    private final NotificationTemplates templates;
    private final TemplateSamples samples;
    private final MessageSource messages;

    TemplateEditController(NotificationTemplates templates, TemplateSamples samples, MessageSource messages) {
        this.templates = templates;
        this.samples = samples;
        this.messages = messages;
    }

    @GetMapping("/admin/notifications/templates/{key}/{language}/{channel}")
    String edit(@PathVariable String key, @PathVariable String language, @PathVariable String channel, Model model) {
        var id = id(key, language, channel);
        var current = templates.current(id.key(), language, id.channel()).orElseThrow(this::notFound);
        return show(model, id, current.subject(), current.body(), Map.of(), false);
    }

    @PostMapping("/admin/notifications/templates/{key}/{language}/{channel}")
    String save(@PathVariable String key, @PathVariable String language, @PathVariable String channel,
                @RequestParam(required = false) @Nullable String subject, @RequestParam String body,
                @RequestParam(required = false) @Nullable String preview, Actor actor, Model model, Locale locale) {
        var id = id(key, language, channel);
        var problems = TemplateText.check(id.key(), id.channel(), subject, body);
        if (preview != null || !problems.isEmpty()) {
            return show(model, id, subject, body, errors(problems, locale), preview != null && problems.isEmpty());
        }
        var saved = templates.save(id.key(), language, id.channel(), subject, body, actor.username());
        if (saved instanceof NotificationTemplates.Saved.Refused refused) {
            return show(model, id, subject, body, errors(refused.problems(), locale), false);
        }
        return "redirect:/admin/notifications/templates/" + key + "/" + language + "/" + channel + "?saved";
    }

    record Id(TemplateKey key, String language, Channel channel) {
    }

    private Id id(String key, String language, String channel) {
        var templateKey = TemplateKey.of(key).orElseThrow(this::notFound);
        if (!templates.languages().contains(language)) throw notFound();
        var ch = Arrays.stream(Channel.values()).filter(c -> c.name().equalsIgnoreCase(channel)).findFirst()
                .orElseThrow(this::notFound);
        return new Id(templateKey, language, ch);
    }

    private String show(Model model, Id id, @Nullable String subject, String body, Map<String, String> errors,
                        boolean preview) {
        var locale = Locale.forLanguageTag(id.language());
        var sample = samples.of(id.key(), locale);
        var rendered = TemplateText.render(body, sample);
        model.addAttribute("id", id);
        model.addAttribute("subject", subject);
        model.addAttribute("body", body);
        model.addAttribute("errors", errors);
        model.addAttribute("preview", preview);
        model.addAttribute("previewSubject", subject == null ? null : TemplateText.render(subject, sample));
        model.addAttribute("previewBody", rendered);
        model.addAttribute("sms", SmsText.of(rendered));
        model.addAttribute("variables", id.key().variables().stream().sorted().toList());
        model.addAttribute("history", templates.history(id.key(), id.language(), id.channel()));
        return "notifications/admin/template";
    }

    private Map<String, String> errors(List<TemplateText.Problem> problems, Locale locale) {
        var errors = new LinkedHashMap<String, String>();
        for (var p : problems) {
            errors.merge("body", messages.getMessage("notifications.notify.problem." + p.code(), new Object[]{p.detail()}, locale),
                    (a, b) -> a + " " + b);
        }
        return errors;
    }

    private ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
