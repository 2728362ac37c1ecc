package org.nafitha.catalogue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;

/**
 * Reads every service file and collects every problem before refusing: a broken catalogue is
 * fixed in one round, not one error per restart. Parse problems carry the line Jackson reports;
 * rules across a whole service ({@link ServiceRules}) and across services (codes, reference
 * prefixes) name the file.
 */
final class CatalogueLoader {

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private CatalogueLoader() {
    }

    static Map<String, ServiceDefinition> load(String pattern) {
        var problems = new ArrayList<String>();
        var loaded = new LinkedHashMap<String, ServiceDefinition>();
        var fileOfCode = new HashMap<String, String>();
        var fileOfPrefix = new HashMap<String, String>();
        for (var resource : resources(pattern)) {
            var file = resource.getFilename();
            var definition = read(resource, file, problems);
            if (definition == null) continue;
            ServiceRules.problems(definition).forEach(p -> problems.add(file + ": " + p));
            var sameCode = fileOfCode.putIfAbsent(definition.code(), file);
            if (sameCode != null) problems.add(file + ": service code " + definition.code() + " is already used by " + sameCode);
            var samePrefix = fileOfPrefix.putIfAbsent(definition.referencePrefix(), file);
            if (samePrefix != null) {
                problems.add(file + ": reference prefix " + definition.referencePrefix() + " is already used by " + samePrefix);
            }
            loaded.putIfAbsent(definition.code(), definition);
        }
        if (!problems.isEmpty()) throw new InvalidCatalogueException(problems);
        return Map.copyOf(loaded);
    }

    /** Service code → the file's text, for seeding the stored versions. */
    static Map<String, String> texts(String pattern) {
        var texts = new LinkedHashMap<String, String>();
        for (var resource : resources(pattern)) {
            try (var in = resource.getInputStream()) {
                var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                var definition = MAPPER.readValue(text, ServiceDefinition.class);
                texts.putIfAbsent(definition.code(), text);
            } catch (IOException | JacksonException e) {
                throw new IllegalStateException("Cannot read " + resource.getFilename(), e);
            }
        }
        return texts;
    }

    /**
     * One definition from its text, e.g. an administrator's edit: the service, or every problem
     * found (with the line where the parser stopped).
     */
    static Parsed parse(String text, String name) {
        var problems = new ArrayList<String>();
        ServiceDefinition definition = null;
        try {
            definition = MAPPER.readValue(text, ServiceDefinition.class);
        } catch (JacksonException e) {
            problems.add(name + ParseProblems.said(e));
        }
        if (definition != null) ServiceRules.problems(definition).forEach(p -> problems.add(name + ": " + p));
        return new Parsed(problems.isEmpty() ? definition : null, problems);
    }

    record Parsed(@Nullable ServiceDefinition definition, List<String> problems) {
    }

    private static Resource[] resources(String pattern) {
        try {
            return new PathMatchingResourcePatternResolver().getResources(pattern);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the service catalogue at " + pattern, e);
        }
    }

    private static @Nullable ServiceDefinition read(Resource resource, @Nullable String file, List<String> problems) {
        try (var in = resource.getInputStream()) {
            return MAPPER.readValue(in, ServiceDefinition.class);
        } catch (JacksonException e) {
            problems.add(file + ParseProblems.said(e));
        } catch (IOException e) {
            problems.add(file + ": cannot be read: " + e.getMessage());
        }
        return null;
    }
}
