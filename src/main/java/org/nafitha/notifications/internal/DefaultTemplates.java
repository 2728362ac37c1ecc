package org.nafitha.notifications.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

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

    static String translationFile(String language) {
        return "notifications/templates/" + language + ".yml";
    }

    private final NotificationTemplates templates;

    DefaultTemplates(NotificationTemplates templates) {
        this.templates = templates;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var root = read(FILE);
        for (var key : TemplateKey.values()) {
            for (var language : templates.languages()) {
                var own = "ar".equals(language) || "en".equals(language);
                // Arabic and English beside each other in templates.yml; each other language in its own file
                var texts = own ? root.path(key.key()).path(language) : translations(language).path(key.key());
                if (texts.isMissingNode() && own) throw new IllegalStateException(FILE + " lacks " + key.key() + "/" + language);
                if (texts.isMissingNode()) {
                    throw new IllegalStateException(translationFile(language) + " lacks " + key.key());
                }
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

    private final Map<String, JsonNode> translations = new HashMap<>();

    private JsonNode translations(String language) {
        return translations.computeIfAbsent(language, l -> read(translationFile(l)));
    }

    private static JsonNode read(String file) {
        try (var in = new ClassPathResource(file).getInputStream()) {
            return YAMLMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
