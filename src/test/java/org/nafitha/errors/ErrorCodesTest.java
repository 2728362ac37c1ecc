package org.nafitha.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * One way to code a refusal: every enum of refusals (named {@code *Error} or {@code Refusal}) implements
 * {@link ErrorCode}; no two refusals publish the same code; each has its text in Arabic and English.
 */
class ErrorCodesTest {

    private final List<JavaClass> enums = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.nafitha").stream().filter(JavaClass::isEnum).toList();

    @Test
    void everyEnumOfRefusalsIsAnErrorCode() {
        var refusals = enums.stream()
                .filter(c -> c.getSimpleName().endsWith("Error") || c.getSimpleName().equals("Refusal")).toList();
        assertThat(refusals).hasSizeGreaterThanOrEqualTo(11);
        assertThat(refusals.stream().filter(c -> !c.isAssignableTo(ErrorCode.class)).map(JavaClass::getName))
                .as("refusal enums that do not implement ErrorCode").isEmpty();
    }

    @Test
    void noTwoRefusalsPublishOneCodeAndEachIsWorded() throws IOException {
        var arabic = bundle("i18n/messages_ar.properties");
        var english = bundle("i18n/messages_en.properties");
        var owners = new HashMap<String, String>();
        var problems = new ArrayList<String>();
        for (var type : enums) {
            if (!type.isAssignableTo(ErrorCode.class)) continue;
            for (var constant : type.reflect().getEnumConstants()) {
                var error = (ErrorCode) constant;
                var owner = type.getName() + "." + error;
                var earlier = owners.put(error.code(), owner);
                if (earlier != null) problems.add(error.code() + " published by " + earlier + " and " + owner);
                if (error.status() < 400 || error.status() > 599) problems.add(owner + " answers " + error.status());
                if (!arabic.containsKey(error.messageKey())) problems.add(owner + " has no Arabic text " + error.messageKey());
                if (!english.containsKey(error.messageKey())) problems.add(owner + " has no English text " + error.messageKey());
            }
        }
        assertThat(owners).hasSizeGreaterThan(150);
        assertThat(problems).isEmpty();
    }

    /**
     * A published code never changes: every refusal's status, code and message key are listed in
     * {@code errors/published-codes.tsv}, and a refusal added, changed or removed shows here as a difference to
     * review (an addition is appended to the list; a change of a published code is a break for API clients).
     */
    @Test
    void everyPublishedCodeStaysAsItWasPublished() throws IOException {
        var published = new ClassPathResource("errors/published-codes.tsv").getContentAsString(StandardCharsets.UTF_8)
                .lines().filter(line -> !line.isBlank() && !line.startsWith("#")).sorted().toList();
        assertThat(refusals()).isEqualTo(published);
    }

    /** One line per refusal: its enum, its name, status, code and message key, tab-separated, sorted. */
    private List<String> refusals() {
        var lines = new ArrayList<String>();
        for (var type : enums) {
            if (!type.isAssignableTo(ErrorCode.class)) continue;
            for (var constant : type.reflect().getEnumConstants()) {
                var error = (ErrorCode) constant;
                lines.add(String.join("\t", type.getName(), ((Enum<?>) constant).name(), String.valueOf(error.status()),
                        error.code(), error.messageKey()));
            }
        }
        return lines.stream().sorted().toList();
    }

    private static Properties bundle(String path) throws IOException {
        var properties = new Properties();
        try (var in = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
