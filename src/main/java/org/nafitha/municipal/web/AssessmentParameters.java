package org.nafitha.municipal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.nafitha.country.Calendars;
import org.nafitha.municipal.FieldProblem;
import org.nafitha.municipal.internal.Answers;
import org.nafitha.municipal.internal.AssessmentForm;
import org.springframework.context.MessageSource;
import org.springframework.util.MultiValueMap;

/**
 * A form page's parameters as answers and back: the household's {@code f.<field>}, each member's
 * {@code m<n>.<field>} (a multiple choice sends one value per box), {@code members} the rows shown
 * (so an empty row stays). An answer's HTML id is {@code f-<field>} or {@code m<n>-<field>}; a
 * problem on {@code members[0].firstName} is shown at {@code m0-firstName}.
 */
final class AssessmentParameters {

    static final int MAX_MEMBERS = 60;

    private AssessmentParameters() {
    }

    static Answers answers(MultiValueMap<String, String> params) {
        var fields = new LinkedHashMap<String, String>();
        var members = new TreeMap<Integer, Map<String, String>>();
        int rows = Math.min(rows(params.getFirst("members")), MAX_MEMBERS);
        for (int i = 0; i < rows; i++) members.put(i, new LinkedHashMap<>());
        params.forEach((key, values) -> {
            var value = String.join(",", values.stream().filter(v -> v != null && !v.isBlank()).toList());
            if (key.startsWith("f.") && key.length() > 2) {
                fields.put(key.substring(2), value);
            } else if (key.matches("m\\d{1,2}\\..+")) {
                int n = Integer.parseInt(key.substring(1, key.indexOf('.')));
                if (n < rows) members.get(n).put(key.substring(key.indexOf('.') + 1), value);
            }
        });
        return new Answers(fields, new ArrayList<>(members.values()));
    }

    /** Problems by the HTML id of their field, in the reader's language. */
    static Map<String, String> errors(List<FieldProblem> problems, MessageSource messages, Locale locale) {
        var errors = new LinkedHashMap<String, String>();
        for (var p : problems) {
            var message = messages.getMessage(p.error().messageKey(), null, p.error().messageKey(), locale);
            errors.putIfAbsent(p.field() == null ? "problem" : htmlId(p.field()), message);
        }
        return errors;
    }

    /**
     * The error summary's lines: each problem with its question's label (and the member's number), so a
     * list of "answer this question" still says which — the field itself shows the message alone.
     */
    static Map<String, String> summary(Map<String, String> errors, AssessmentForm form, MessageSource messages,
                                       Calendars calendars, Locale locale) {
        var summary = new LinkedHashMap<String, String>();
        errors.forEach((id, message) -> summary.put(id, label(id, form, messages, calendars, locale).map(l -> l + ": " + message).orElse(message)));
        return summary;
    }

    private static Optional<String> label(String id, AssessmentForm form, MessageSource messages, Calendars calendars,
                                          Locale locale) {
        var member = Pattern.compile("m(\\d+)-(.+)").matcher(id);
        if (member.matches() && form.members() != null) {
            var n = Integer.parseInt(member.group(1)) + 1;
            var who = messages.getMessage("municipal.assessment.member",
                    new Object[]{calendars.digits(String.valueOf(n), locale)}, locale);
            return form.members().fields().stream().filter(f -> f.name().equals(member.group(2))).findFirst()
                    .map(f -> who + " — " + f.label().in(locale));
        }
        return id.startsWith("f-") ? form.field(id.substring(2)).map(f -> f.label().in(locale)) : Optional.empty();
    }

    static String htmlId(String field) {
        var member = Pattern.compile("members\\[(\\d+)]\\.(.+)").matcher(field);
        if (member.matches()) return "m" + member.group(1) + "-" + member.group(2);
        return "members".equals(field) ? "members" : "f-" + field;
    }

    private static int rows(String raw) {
        try {
            return raw == null ? 0 : Math.max(0, Integer.parseInt(raw.strip()));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
