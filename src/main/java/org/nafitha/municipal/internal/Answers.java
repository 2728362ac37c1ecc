package org.nafitha.municipal.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What was written on a form, as text: the household's answers by field name and each member's
 * by field name, in order. A multiple choice is its values comma-separated, a yes/no "true" or
 * "false". A draft keeps them as typed; a filed record keeps them checked and normalised.
 */
public record Answers(Map<String, String> fields, List<Map<String, String>> members) {

    public Answers {
        fields = unmodifiable(fields);
        members = members == null ? List.of() : members.stream().map(Answers::unmodifiable).toList();
    }

    public static Answers empty() {
        return new Answers(Map.of(), List.of());
    }

    public String field(String name) {
        return fields.getOrDefault(name, "");
    }

    public Answers withMembers(List<Map<String, String>> changed) {
        return new Answers(fields, changed);
    }

    private static Map<String, String> unmodifiable(Map<String, String> values) {
        var kept = new LinkedHashMap<String, String>();
        if (values != null) values.forEach((k, v) -> { if (k != null && v != null) kept.put(k, v); });
        return Collections.unmodifiableMap(kept);
    }
}
