package org.nafitha.municipal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every version of every official form under {@code municipal/forms/}, read once. New work starts
 * on a form's latest version; a record is always read with the version it was started with.
 */
@Component
public class AssessmentForms {

    static final String LOCATION = "classpath*:municipal/forms/*.yml";

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    private final Map<String, TreeMap<Integer, AssessmentForm>> forms = new TreeMap<>();

    public AssessmentForms() throws IOException {
        this(new PathMatchingResourcePatternResolver().getResources(LOCATION));
    }

    AssessmentForms(Resource... files) {
        for (var file : files) {
            var form = read(file);
            var expected = form.id() + ".v" + form.version() + ".yml";
            if (!expected.equals(file.getFilename())) {
                throw new IllegalStateException(file.getFilename() + " must be named " + expected);
            }
            forms.computeIfAbsent(form.id(), id -> new TreeMap<>()).put(form.version(), form);
        }
    }

    /** The version new work starts on. */
    public Optional<AssessmentForm> latest(String id) {
        return Optional.ofNullable(forms.get(id)).map(versions -> versions.lastEntry().getValue());
    }

    public Optional<AssessmentForm> version(String id, int version) {
        return Optional.ofNullable(forms.get(id)).map(versions -> versions.get(version));
    }

    /** The latest version of each form, by id. */
    public List<AssessmentForm> all() {
        return forms.values().stream().map(v -> v.lastEntry().getValue())
                .sorted(Comparator.comparing(AssessmentForm::id)).toList();
    }

    private static AssessmentForm read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return MAPPER.readValue(in, AssessmentForm.class);
        } catch (IOException | JacksonException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot read the form " + file.getFilename() + ": " + e.getMessage(), e);
        }
    }
}
