package org.nafitha.catalogue;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * The services the ministry offers, read at start-up from {@code classpath:catalogue/services/*.yml}.
 * A file that does not describe a valid service stops the start with its name, the line where
 * the parser found the problem and the reason (see {@link CatalogueLoader}).
 */
@Service
public class Catalogue {

    private final Map<String, ServiceDefinition> services;

    public Catalogue() {
        this("classpath*:catalogue/services/*.yml");
    }

    /** A catalogue from other files, for tests of the loading rules. */
    Catalogue(String pattern) {
        this.services = CatalogueLoader.load(pattern);
    }

    public List<ServiceDefinition> all() {
        return services.values().stream().sorted(Comparator.comparing(ServiceDefinition::sector)
                .thenComparing(ServiceDefinition::code)).toList();
    }

    /** Service code → name in the reader's language, for lists that show codes. */
    public Map<String, String> names(Locale locale) {
        var names = new java.util.LinkedHashMap<String, String>();
        all().forEach(s -> names.put(s.code(), s.name().in(locale)));
        return names;
    }

    public Optional<ServiceDefinition> find(String code) {
        return Optional.ofNullable(services.get(code));
    }

    /** The service as it was at a version: running cases keep the definition they were opened under. */
    public Optional<ServiceDefinition> find(String code, int version) {
        return find(code).filter(s -> s.version() == version);
    }
}
