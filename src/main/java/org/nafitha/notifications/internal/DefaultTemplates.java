package org.nafitha.notifications.internal;

import java.io.IOException;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Seeds version 1 of every template (SMS, e-mail and push) from {@code notifications/templates.yml} at start-up. A
 * shipped text that does not fit its event stops the start, so it never reaches a sender.
 */
@Component
class DefaultTemplates implements SmartInitializingSingleton {

    static final String FILE = "notifications/templates.yml";

    private final NotificationTemplates templates;

    DefaultTemplates(NotificationTemplates templates) {
        this.templates = templates;
    }

    @Override
    public void afterSingletonsInstantiated() {
        JsonNode root;
        try (var in = new ClassPathResource(FILE).getInputStream()) {
            root = YAMLMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + FILE, e);
        }
        for (var key : TemplateKey.values()) {
            for (var language : NotificationTemplates.LANGUAGES) {
                var texts = root.path(key.key()).path(language);
                if (texts.isMissingNode()) throw new IllegalStateException(FILE + " lacks " + key.key() + "/" + language);
                templates.seed(key, language, Channel.SMS, null, texts.path("sms").asString());
                // a push shows as short a text as an SMS: the SMS wording unless the file has its own
                var push = texts.path("push").isMissingNode() ? texts.path("sms") : texts.path("push");
                templates.seed(key, language, Channel.PUSH, null, push.asString());
                var email = texts.path("email");
                templates.seed(key, language, Channel.EMAIL, email.path("subject").asString(),
                        email.path("body").asString());
            }
        }
    }
}
