package org.nafitha.notifications.web;

import java.util.Arrays;
import java.util.Locale;

import org.nafitha.messaging.SmsText;
import org.nafitha.notifications.internal.Channel;
import org.nafitha.notifications.internal.NotificationTemplates;
import org.nafitha.notifications.internal.TemplateKey;
import org.nafitha.notifications.internal.TemplateText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Admins edit the notification templates: the list of every template's current version, each with the
 * SMS segments its text takes; {@link TemplateEditController} edits one.
 */
@Controller
class TemplatesAdminController {

    private final NotificationTemplates templates;
    private final TemplateSamples samples;

    TemplatesAdminController(NotificationTemplates templates, TemplateSamples samples) {
        this.templates = templates;
        this.samples = samples;
    }

    record Row(TemplateKey key, String language, Channel channel, int version, SmsText sms) {
    }

    @GetMapping("/admin/notifications/templates")
    String list(Model model) {
        var rows = Arrays.stream(TemplateKey.values()).flatMap(key -> templates.languages().stream()
                        .flatMap(language -> Arrays.stream(Channel.values())
                                .flatMap(channel -> templates.current(key, language, channel).stream())))
                // the length a reader receives: the text with sample values in place of its variables
                .map(t -> new Row(t.key(), t.language(), t.channel(), t.version(), SmsText.of(
                        TemplateText.render(t.body(), samples.of(t.key(), Locale.forLanguageTag(t.language()))))))
                .toList();
        model.addAttribute("rows", rows);
        return "notifications/admin/templates";
    }
}
