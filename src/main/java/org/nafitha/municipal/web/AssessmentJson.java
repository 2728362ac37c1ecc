package org.nafitha.municipal.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.municipal.FieldProblem;
import org.nafitha.municipal.MunicipalError;
import org.nafitha.municipal.internal.Answers;
import org.nafitha.municipal.internal.FormField;

/**
 * Answers between JSON and the form's text: a JSON number or boolean is taken as its text, a list
 * (a multiple choice) as its values; an object is refused at its field. Going out, a multiple
 * choice is a list, a yes/no a boolean and a number a number, as the form defines them.
 */
final class AssessmentJson {

    record In(Answers answers, List<FieldProblem> problems) {
    }

    private AssessmentJson() {
    }

    static In in(@Nullable Map<String, Object> fields, @Nullable List<Map<String, Object>> members) {
        var problems = new ArrayList<FieldProblem>();
        var household = text(fields, "", problems);
        var people = new ArrayList<Map<String, String>>();
        if (members != null) {
            for (int i = 0; i < members.size(); i++) people.add(text(members.get(i), "members[" + i + "].", problems));
        }
        return new In(new Answers(household, people), problems);
    }

    static Map<String, Object> out(Map<String, String> answers, List<FormField> fields) {
        var json = new LinkedHashMap<String, Object>();
        answers.forEach((name, value) -> {
            var field = fields.stream().filter(f -> f.name().equals(name)).findFirst();
            json.put(name, field.map(f -> typed(f, value)).orElse(value));
        });
        return json;
    }

    private static Object typed(FormField f, String value) {
        return switch (f.type()) {
            case CHOICE -> f.multiple() ? List.of(value.split(",")) : value;
            case BOOLEAN -> Boolean.valueOf(value);
            case NUMBER -> new BigDecimal(value);
            default -> value;
        };
    }

    private static Map<String, String> text(@Nullable Map<String, Object> values, String prefix, List<FieldProblem> problems) {
        var text = new LinkedHashMap<String, String>();
        if (values == null) return text;
        values.forEach((name, value) -> {
            switch (value) {
                case null -> { }
                case String s -> text.put(name, s);
                case Number n -> text.put(name, n instanceof BigDecimal b ? b.toPlainString() : n.toString());
                case Boolean b -> text.put(name, b.toString());
                case List<?> list when list.stream().allMatch(v -> v instanceof String) ->
                        text.put(name, String.join(",", list.stream().map(String.class::cast).toList()));
                default -> problems.add(new FieldProblem(prefix + name, MunicipalError.FIELD_PATTERN));
            }
        });
        return text;
    }
}
