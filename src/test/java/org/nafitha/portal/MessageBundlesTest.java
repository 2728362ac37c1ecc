package org.nafitha.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Arabic and English bundles carry the same keys, and templates only use keys that exist. */
class MessageBundlesTest {

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = MessageBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void arabicAndEnglishHaveTheSameKeys() throws IOException {
        var ar = new TreeSet<>(load("messages_ar.properties").stringPropertyNames());
        var en = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        assertThat(ar).isEqualTo(en);
    }

    @Test
    void everyLiteralKeyInTheTemplatesExists() throws IOException {
        var keys = load("messages_ar.properties").stringPropertyNames();
        var literal = Pattern.compile("#\\{([a-zA-Z0-9.\\-]+)[}(]");
        try (var files = Files.walk(Path.of("src/main/resources/templates"))) {
            var missing = files.filter(p -> p.toString().endsWith(".html")).flatMap(p -> {
                try {
                    return literal.matcher(Files.readString(p)).results().map(m -> p.getFileName() + ": " + m.group(1));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).filter(entry -> !keys.contains(entry.substring(entry.indexOf(": ") + 2))).toList();
            assertThat(missing).isEmpty();
        }
    }

    @Test
    void everyStatusActionAndRoleHasWords() throws IOException {
        var keys = load("messages_ar.properties").stringPropertyNames();
        for (var role : org.nafitha.identity.Role.values()) assertThat(keys).contains("identity.role." + role.name());
        for (var refusal : org.nafitha.cases.internal.Refusal.values()) assertThat(keys).contains(refusal.messageKey());
        var workflow = new org.nafitha.catalogue.Catalogue().all().stream().map(s -> s.workflow()).toList();
        workflow.forEach(w -> w.states().forEach(s -> assertThat(keys).contains("cases.status." + s)));
        workflow.forEach(w -> w.transitions().forEach(t -> assertThat(keys).contains("cases.action." + t.action())));
    }
}
