package org.nafitha.catalogue;

import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The services the ministry offers, read at start-up from {@code classpath:catalogue/services/*.yml}.
 * A file that does not describe a valid service stops the start with its name and the reason.
 */
@Service
public class Catalogue {

    private final Map<String, ServiceDefinition> services;

    public Catalogue() {
        this.services = load("classpath*:catalogue/services/*.yml");
    }

    public List<ServiceDefinition> all() {
        return services.values().stream().sorted(Comparator.comparing(ServiceDefinition::sector)
                .thenComparing(ServiceDefinition::code)).toList();
    }

    /** Service code → name in the reader's language, for lists that show codes. */
    public Map<String, String> names(java.util.Locale locale) {
        var names = new LinkedHashMap<String, String>();
        all().forEach(s -> names.put(s.code(), s.name().in(locale)));
        return names;
    }

    public Optional<ServiceDefinition> find(String code) {
        return Optional.ofNullable(services.get(code));
    }

    private static Map<String, ServiceDefinition> load(String pattern) {
        var mapper = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        var loaded = new LinkedHashMap<String, ServiceDefinition>();
        try {
            for (var resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                ServiceDefinition definition;
                try (var in = resource.getInputStream()) {
                    definition = mapper.readValue(in, ServiceDefinition.class);
                } catch (RuntimeException e) {
                    throw new IllegalStateException("Service file " + resource.getFilename() + " is invalid: "
                            + e.getMessage(), e);
                }
                if (loaded.putIfAbsent(definition.code(), definition) != null) {
                    throw new IllegalStateException("Service " + definition.code() + " is defined twice");
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the service catalogue", e);
        }
        return Map.copyOf(loaded);
    }
}
