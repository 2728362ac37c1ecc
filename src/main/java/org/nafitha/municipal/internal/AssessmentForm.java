package org.nafitha.municipal.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An official municipal form as data ({@code municipal/forms/<id>.v<version>.yml}): its questions
 * about the household and, when it lists people, the questions asked of each member. The
 * definition checks itself on construction, so a broken file stops the start-up with the reason.
 */
public record AssessmentForm(String id, int version, Text title, @Nullable Text hint, List<FormField> fields,
                             @Nullable Members members) {

    public AssessmentForm {
        if (id == null || !id.matches("[a-z][a-z0-9-]*")) throw new IllegalArgumentException("bad form id " + id);
        if (version < 1) throw new IllegalArgumentException("form " + id + " needs a version of 1 or more");
        if (title == null) throw new IllegalArgumentException("form " + id + " has no title");
        fields = List.copyOf(fields == null ? List.of() : fields);
        checkConditions(id, fields);
        if (members != null) checkConditions(id + " members", members.fields());
    }

    /** Text in both languages; Arabic is the reference and neither may be missing. */
    public record Text(String ar, String en) {
        public Text {
            if (ar == null || ar.isBlank() || en == null || en.isBlank()) {
                throw new IllegalArgumentException("text needs both ar and en: " + ar + " / " + en);
            }
        }

        public String in(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : ar;
        }
    }

    public enum Type {
        @JsonProperty("text") TEXT,
        @JsonProperty("number") NUMBER,
        @JsonProperty("date") DATE,
        @JsonProperty("choice") CHOICE,
        @JsonProperty("boolean") BOOLEAN
    }

    /** The people of the household, each asked {@code fields}: at least {@code min}, at most {@code max}. */
    public record Members(int min, int max, Text label, @Nullable Text hint, List<FormField> fields) {
        public Members {
            if (min < 0 || max < Math.max(1, min)) throw new IllegalArgumentException("members need 0 <= min <= max, max >= 1");
            fields = List.copyOf(fields);
            for (var required : List.of("firstName", "fatherName", "familyName")) {
                if (fields.stream().noneMatch(f -> f.name().equals(required))) {
                    throw new IllegalArgumentException("members need the field " + required + " (filed as beneficiaries)");
                }
            }
        }
    }

    public Optional<FormField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    private static void checkConditions(String where, List<FormField> fields) {
        var seen = new HashSet<String>();
        for (var f : fields) {
            if (f.when() != null && !seen.contains(f.when().field())) {
                throw new IllegalArgumentException(where + ": " + f.name() + " depends on " + f.when().field()
                        + ", which must come before it");
            }
            if (!seen.add(f.name())) throw new IllegalArgumentException(where + ": field " + f.name() + " appears twice");
        }
    }
}
