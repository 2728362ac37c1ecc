package org.nafitha.notifications.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** What a person's choice of language and channels must satisfy, for the page and the API alike. */
public final class PreferenceRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private PreferenceRules() {
    }

    /** Field → message key of each problem; empty when the choice may be saved. */
    public static Map<String, String> problems(@Nullable String language, boolean byEmail, String email, List<String> offered) {
        var problems = new LinkedHashMap<String, String>();
        if (language == null || !offered.contains(language)) problems.put("language", "notifications.notify.preferences.error.language");
        if (byEmail && !EMAIL.matcher(email).matches()) problems.put("email", "notifications.notify.preferences.error.email");
        return problems;
    }
}
