package org.nafitha.notifications.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.messaging.SmsText;
import org.nafitha.notifications.internal.Channel;
import org.nafitha.notifications.internal.MessageVariables;
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
import java.util.List;
import org.nafitha.identity.Contacts;

/**
 * Admins edit the notification templates: each save is a new version, checked against its
 * event's variables; "preview" fills the text with sample values and counts SMS segments.
 */
@Controller
class TemplatesAdminController {

    private final NotificationTemplates templates;
    private final MessageVariables variables;
    private final MessageSource messages;

    TemplatesAdminController(NotificationTemplates templates, MessageVariables variables, MessageSource messages) {
        this.templates = templates;
        this.variables = variables;
        this.messages = messages;
    }

    record Row(TemplateKey key, String language, Channel channel, int version, SmsText sms) {
    }

    @GetMapping("/admin/notifications/templates")
    String list(Model model) {
        var rows = Arrays.stream(TemplateKey.values()).flatMap(key -> templates.languages().stream()
                        .flatMap(language -> Arrays.stream(Channel.values())
                                .flatMap(channel -> templates.current(key, language, channel).stream())))
                // the length a reader receives: the text with sample values in place of its variables
                .map(t -> new Row(t.key(), t.language(), t.channel(), t.version(),
                        SmsText.of(TemplateText.render(t.body(), sample(t.key(), Locale.forLanguageTag(t.language()))))))
                .toList();
        model.addAttribute("rows", rows);
        return "notifications/admin/templates";
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
        var sample = sample(id.key(), locale);
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

    /** Sample values, so the preview shows real lengths: a Saudi name, a reference, today's dates. */
    private Map<String, String> sample(TemplateKey key, Locale locale) {
        var at = Instant.parse("2026-11-23T08:00:00Z");
        var extra = new LinkedHashMap<String, String>();
        extra.put("note", messages.getMessage("notifications.notify.sample.note", null, locale));
        extra.put("office", messages.getMessage("notifications.notify.sample.office", null, locale));
        extra.put("department", messages.getMessage("notifications.notify.sample.department", null, locale));
        extra.put("dueDate", variables.dates("", at.plusSeconds(86_400 * 3), locale).get("date"));
        extra.putAll(variables.dates("appointment", at.plusSeconds(86_400 * 7), locale));
        var contact = new Contacts.Contact("1000000008", "1000000008", "أحمد بن علي الزهراني",
                "Ahmed bin Ali Al-Zahrani", null);
        return variables.of(locale, contact, "PSP-2026-000123-7", "passport-renewal", at, extra);
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
