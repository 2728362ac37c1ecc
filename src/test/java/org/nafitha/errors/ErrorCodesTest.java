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

    private static Properties bundle(String path) throws IOException {
        var properties = new Properties();
        try (var in = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
