package org.nafitha.catalogue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The catalogue's translations shipped as files, one per language:
 * {@code catalogue/i18n/services_fr.properties} holds {@code passport-renewal.name=Renouvellement du passeport}
 * and so on, keyed as {@link ServiceTexts} names them. A translator's later edits (stored, versioned)
 * take precedence over these.
 */
final class CatalogueTranslations {

    static final String FILES = "classpath*:catalogue/i18n/services_*.properties";
    private static final Pattern LANGUAGE = Pattern.compile("services_([a-z]{2,3})\\.properties");

    private CatalogueTranslations() {
    }

    /** Key → language → text. */
    static Map<String, Map<String, String>> load(String pattern) {
        var byKey = new HashMap<String, Map<String, String>>();
        try {
            for (var resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                var name = resource.getFilename();
                var matcher = name == null ? null : LANGUAGE.matcher(name);
                if (matcher == null || !matcher.matches()) continue;
                var language = matcher.group(1);
                var properties = new Properties();
                try (var in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(in);
                }
                properties.stringPropertyNames().forEach(key ->
                        byKey.computeIfAbsent(key, k -> new HashMap<>()).put(language, properties.getProperty(key)));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the catalogue's translations at " + pattern, e);
        }
        return byKey;
    }
}
