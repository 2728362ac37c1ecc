package org.nafitha.municipal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The complaint categories (country data in {@code municipal/complaint-categories.yml}): who is
 * competent — the complaint's own municipality, or a ministry department named by its code — and
 * the hours they have before the complaint is escalated. A broken file stops the start-up.
 */
@Component
public class ComplaintCategories {

    /** The competent authority of a category's complaints. */
    public static final String MUNICIPALITY = "MUNICIPALITY";

    public record Category(String code, String ar, String en, String competent, int hours) {

        public String name(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? ar : en;
        }

        public boolean toMunicipality() {
            return MUNICIPALITY.equals(competent);
        }
    }

    record File(List<Category> categories) {
    }

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Map<String, Category> categories = new LinkedHashMap<>();

    public ComplaintCategories() {
        var resource = new ClassPathResource("municipal/complaint-categories.yml");
        try (InputStream in = resource.getInputStream()) {
            for (var c : MAPPER.readValue(in, File.class).categories()) {
                if (c.hours() <= 0) throw new IllegalStateException("Complaint category " + c.code() + " needs hours > 0");
                if (categories.putIfAbsent(c.code(), c) != null) {
                    throw new IllegalStateException("Complaint category " + c.code() + " appears twice");
                }
            }
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException("Cannot read " + resource.getPath(), e);
        }
    }

    public Optional<Category> find(String code) {
        return Optional.ofNullable(categories.get(code));
    }

    public List<Category> all() {
        return List.copyOf(categories.values());
    }
}
