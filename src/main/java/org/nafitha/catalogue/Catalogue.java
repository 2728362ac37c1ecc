package org.nafitha.catalogue;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import java.util.HashMap;
import java.util.LinkedHashMap;

/**
 * The services the ministry offers. The files under {@code classpath:catalogue/services/*.yml}
 * are read and checked at start-up: a file that does not describe a valid service stops the start
 * with its name, the line where the parser found the problem and the reason (see
 * {@link CatalogueLoader}). They seed the stored versions ({@link ServiceVersions}), where an
 * administrator's edit adds a new version; the highest version of each service is the current one,
 * and a case asks for the version it was opened under.
 */
@Service
public class Catalogue {

    static final String FILES = "classpath*:catalogue/services/*.yml";

    private volatile Map<String, ServiceDefinition> services;
    private final Map<String, ServiceDefinition> earlier = new ConcurrentHashMap<>();
    private final @Nullable ServiceVersions store;
    private final @Nullable ServiceTranslations saved;
    /** Key → language → text, from the translation files. */
    private final Map<String, Map<String, String>> translations;
    /** Key → language → text, translators' newest saved wordings (over the files'). */
    private volatile Map<String, Map<String, String>> savedTranslations = Map.of();
    private volatile long savedCount = -1;

    /** The catalogue of the files alone, without stored versions (for tools and tests of the files). */
    public Catalogue() {
        this(FILES, null, null);
    }

    @Autowired
    Catalogue(ServiceVersions store, ServiceTranslations saved) {
        this(FILES, store, saved);
    }

    /** A catalogue from other files, for tests of the loading rules. */
    Catalogue(String pattern) {
        this(pattern, null, null);
    }

    private Catalogue(String pattern, @Nullable ServiceVersions store, @Nullable ServiceTranslations saved) {
        this.saved = saved;
        this.translations = CatalogueTranslations.load(CatalogueTranslations.FILES);
        var loaded = new HashMap<String, ServiceDefinition>();
        CatalogueLoader.load(pattern).forEach((code, d) -> loaded.put(code, translated(d)));
        this.services = Map.copyOf(loaded);
        this.store = store;
    }

    /** Seeds the stored versions from the files and takes the highest stored version of each service. */
    void useStoredVersions(Map<String, String> fileTexts) {
        if (store == null) return;
        store.seed(services.values(), fileTexts);
        refresh();
    }

    /** Takes what other nodes saved; cheap when nothing changed. */
    void refresh() {
        if (store == null) return;
        var latest = store.latestVersions();
        var current = new HashMap<>(services);
        latest.forEach((code, version) -> {
            var known = current.get(code);
            if (known == null || known.version() != version) {
                store.definition(code, version).ifPresent(d -> current.put(code, translated(d)));
            }
        });
        if (saved != null) {
            var count = saved.count();
            if (count != savedCount) {
                savedTranslations = saved.latest();
                savedCount = count;
                current.replaceAll((code, d) -> translated(d));
                earlier.clear();
            }
        }
        services = Map.copyOf(current);
    }

    public List<ServiceDefinition> all() {
        return services.values().stream().sorted(Comparator.comparing(ServiceDefinition::sector)
                .thenComparing(ServiceDefinition::code)).toList();
    }

    /** The services offered on the self-service kiosks, in the order of {@link #all()}. */
    public List<ServiceDefinition> kiosk() {
        return all().stream().filter(ServiceDefinition::kiosk).toList();
    }

    /** Service code → name in the reader's language, for lists that show codes. */
    public Map<String, String> names(Locale locale) {
        var names = new LinkedHashMap<String, String>();
        all().forEach(s -> names.put(s.code(), s.name().in(locale)));
        return names;
    }

    /** The current version of the service. */
    public Optional<ServiceDefinition> find(String code) {
        return Optional.ofNullable(services.get(code));
    }

    /** The service as it was at a version: running cases keep the definition they were opened under. */
    public Optional<ServiceDefinition> find(String code, int version) {
        var current = find(code).filter(s -> s.version() == version);
        if (current.isPresent() || store == null) return current;
        var key = code + "@" + version;
        var cached = earlier.get(key);
        if (cached != null) return Optional.of(cached);
        var stored = store.definition(code, version).map(this::translated);
        stored.ifPresent(d -> earlier.put(key, d));
        return stored;
    }

    void replaced(ServiceDefinition edited) {
        var current = new HashMap<>(services);
        current.put(edited.code(), translated(edited));
        services = Map.copyOf(current);
    }

    /**
     * The definition with the translations of its texts: a translator's saved wording first, then the
     * service file's own, then the translation files'.
     */
    private ServiceDefinition translated(ServiceDefinition definition) {
        var texts = ServiceTexts.of(definition);
        var savedNow = savedTranslations;
        return ServiceTexts.translated(definition, key -> {
            var own = texts.get(key);
            var merged = new HashMap<String, String>();
            translations.getOrDefault(key, Map.of()).forEach((language, text) -> {
                if (own == null || !own.has(language)) merged.put(language, text);
            });
            merged.putAll(savedNow.getOrDefault(key, Map.of()));
            return merged;
        });
    }

    /** Who may reuse this reference prefix: nobody but the service that has it. */
    boolean prefixTakenByAnother(String code, String prefix) {
        return services.values().stream().anyMatch(s -> !s.code().equals(code) && s.referencePrefix().equals(prefix));
    }
}
