package org.nafitha.notifications.internal;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The HTML body of a notification e-mail: right-to-left for Arabic, one paragraph per line. */
@Component
class MailLayout {

    private final ITemplateEngine engine;

    MailLayout(ITemplateEngine engine) {
        this.engine = engine;
    }

    String html(OutgoingMessage message) {
        var locale = Locale.forLanguageTag(message.language());
        var context = new Context(locale);
        context.setVariable("lang", message.language());
        context.setVariable("dir", "ar".equals(message.language()) ? "rtl" : "ltr");
        context.setVariable("subject", message.subject());
        context.setVariable("paragraphs", Arrays.stream(message.body().split("\n")).filter(l -> !l.isBlank()).toList());
        return engine.process("notifications/mail", context);
    }
}
