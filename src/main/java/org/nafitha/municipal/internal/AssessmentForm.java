package org.nafitha.municipal.internal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An official municipal form as data ({@code municipal/forms/<id>.v<version>.yml}): its questions
 * about the household and, when it lists people, the questions asked of each member. The
 * definition checks itself on construction, so a broken file stops the start-up with the reason.
 */
public record AssessmentForm(String id, int version, Text title, @Nullable Text hint, List<Field> fields,
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

    /** Asked only when {@code field} has a value: {@code equals} it (one of a multiple choice), or any when absent. */
    public record When(String field, @Nullable String equals) {
        public When {
            if (field == null || field.isBlank()) throw new IllegalArgumentException("a condition needs its field");
        }

        public boolean holds(Map<String, String> answers) {
            var value = answers.get(field);
            if (value == null || value.isBlank()) return false;
            return equals == null || List.of(value.split(",")).contains(equals);
        }
    }

    public record Option(String value, Text label) {
        public Option {
            if (value == null || !value.matches("[a-z0-9-]+")) throw new IllegalArgumentException("bad option value " + value);
        }
    }

    /**
     * One question. {@code multiple}: a choice of several options (kept comma-separated);
     * {@code notFuture}: a date not after today; {@code pattern}: a text's shape (Latin digits).
     */
    public record Field(String name, Type type, boolean required, Text label, @Nullable Text hint,
                        @Nullable List<Option> options, boolean multiple, @Nullable BigDecimal min,
                        @Nullable BigDecimal max, @Nullable String pattern, @Nullable Integer maxLength,
                        boolean notFuture, @Nullable When when) {

        public static final int DEFAULT_MAX_LENGTH = 500;

        public Field {
            if (name == null || !name.matches("[a-z][A-Za-z0-9]*")) throw new IllegalArgumentException("bad field name " + name);
            if (type == null || label == null) throw new IllegalArgumentException("field " + name + " needs a type and a label");
            options = options == null ? List.of() : List.copyOf(options);
            if (type == Type.CHOICE && options.isEmpty()) throw new IllegalArgumentException("choice " + name + " has no options");
            if (pattern != null) Pattern.compile(pattern);
        }

        public int effectiveMaxLength() {
            return maxLength == null ? DEFAULT_MAX_LENGTH : maxLength;
        }

        /** Whether the question is asked, given the other answers. */
        public boolean askedFor(Map<String, String> answers) {
            return when == null || when.holds(answers);
        }

        /** A choice's answer as its readers see it: the options' labels, in the definition's order. */
        public String labels(String answer, Locale locale) {
            var values = List.of(answer.split(","));
            return String.join("ar".equals(locale.getLanguage()) ? "، " : ", ",
                    options.stream().filter(o -> values.contains(o.value())).map(o -> o.label().in(locale)).toList());
        }

        public Optional<Option> option(String value) {
            return options.stream().filter(o -> o.value().equals(value)).findFirst();
        }
    }

    /** The people of the household, each asked {@code fields}: at least {@code min}, at most {@code max}. */
    public record Members(int min, int max, Text label, @Nullable Text hint, List<Field> fields) {
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

    public Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    private static void checkConditions(String where, List<Field> fields) {
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
