package org.nafitha.notifications.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.nafitha.identity.Contacts;
import org.nafitha.notifications.internal.MessageVariables;
import org.nafitha.notifications.internal.TemplateKey;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What a template's variables hold in the admin's previews and lengths. */
@Component
class TemplateSamples {

    private final MessageVariables variables;
    private final MessageSource messages;

    TemplateSamples(MessageVariables variables, MessageSource messages) {
        this.variables = variables;
        this.messages = messages;
    }

    /** Sample values, so the preview shows real lengths: a Saudi name, a reference, today's dates. */
    Map<String, String> of(TemplateKey key, Locale locale) {
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
}
