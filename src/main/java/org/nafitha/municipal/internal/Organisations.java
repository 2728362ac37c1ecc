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
 * Governorates → districts → municipalities, and the mukhtar seats of each municipality, read once
 * from {@code municipal/organisations.yml}. A broken file stops the start-up with the reason.
 */
@Component
public class Organisations {

    public record Municipality(String code, String ar, String en, int mukhtars, String district) {
        public String name(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? ar : en;
        }
    }

    record District(String code, String ar, String en, List<Municipality> municipalities) {
    }

    record Governorate(String code, String ar, String en, List<District> districts) {
    }

    record File(List<Governorate> governorates) {
    }

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final List<Governorate> governorates;
    private final Map<String, Municipality> municipalities = new LinkedHashMap<>();

    public Organisations() {
        this(new ClassPathResource("municipal/organisations.yml"));
    }

    Organisations(ClassPathResource resource) {
        try (InputStream in = resource.getInputStream()) {
            this.governorates = MAPPER.readValue(in, File.class).governorates();
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException("Cannot read " + resource.getPath(), e);
        }
        for (var g : governorates) {
            for (var d : g.districts()) {
                for (var m : d.municipalities()) {
                    var placed = new Municipality(m.code(), m.ar(), m.en(), m.mukhtars(), d.code());
                    if (municipalities.putIfAbsent(m.code(), placed) != null) {
                        throw new IllegalStateException("Municipality code " + m.code() + " appears twice");
                    }
                }
            }
        }
    }

    public Optional<Municipality> municipality(String code) {
        return Optional.ofNullable(municipalities.get(code));
    }

    public List<Municipality> municipalities() {
        return List.copyOf(municipalities.values());
    }

    /** The district's name in both languages, for a municipality's place. */
    public Optional<String> districtName(String districtCode, Locale locale) {
        return governorates.stream().flatMap(g -> g.districts().stream()).filter(d -> d.code().equals(districtCode))
                .findFirst().map(d -> "ar".equals(locale.getLanguage()) ? d.ar() : d.en());
    }

    /** A district with its municipalities, named in the reader's language with its governorate, for a grouped choice. */
    public record DistrictChoice(String code, String name, List<Municipality> municipalities) {
    }

    /** Every district in the file's order (governorate by governorate), its municipalities inside. */
    public List<DistrictChoice> districts(Locale locale) {
        var ar = "ar".equals(locale.getLanguage());
        return governorates.stream().flatMap(g -> g.districts().stream().map(d -> new DistrictChoice(d.code(),
                (ar ? g.ar() : g.en()) + " — " + (ar ? d.ar() : d.en()),
                d.municipalities().stream().map(m -> municipalities.get(m.code())).toList()))).toList();
    }

    public int governorateCount() {
        return governorates.size();
    }
}
