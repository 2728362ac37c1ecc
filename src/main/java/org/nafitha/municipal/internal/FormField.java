package org.nafitha.municipal.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.nafitha.municipal.internal.AssessmentForm.Text;
import org.nafitha.municipal.internal.AssessmentForm.Type;

/**
 * One question of an {@link AssessmentForm}. {@code multiple}: a choice of several options (kept comma-separated);
 * {@code notFuture}: a date not after today; {@code pattern}: a text's shape (Latin digits).
 */
public record FormField(String name, Type type, boolean required, Text label, @Nullable Text hint,
                        @Nullable List<Option> options, boolean multiple, @Nullable BigDecimal min,
                        @Nullable BigDecimal max, @Nullable String pattern, @Nullable Integer maxLength,
                        boolean notFuture, @Nullable When when) {

    public static final int DEFAULT_MAX_LENGTH = 500;

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

    public FormField {
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
