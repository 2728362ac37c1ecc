package org.nafitha.notifications.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.HashSet;
import java.util.regex.Matcher;

import org.jspecify.annotations.Nullable;

/**
 * A template's text with {@code {{variable}}} placeholders. Checked when an admin saves it —
 * an unknown or misspelt variable, a missing required one or a stray brace is refused then, so
 * sending never meets a template it cannot fill.
 */
public final class TemplateText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}");

    private TemplateText() {
    }

    /** Why a template was refused; each maps to message key {@code notifications.notify.problem.<code>}. */
    public record Problem(String code, String detail) {
    }

    /** A whole template's problems: its body's, an e-mail's subject's (which it must have), an empty body. */
    public static List<Problem> check(TemplateKey key, Channel channel, @Nullable String subject, String body) {
        var problems = new ArrayList<>(check(key, body, true));
        if (channel == Channel.EMAIL) {
            if (subject == null || subject.isBlank()) problems.add(new Problem("subject", ""));
            else problems.addAll(check(key, subject, false));
        }
        if (body.isBlank()) problems.add(new Problem("empty", ""));
        return problems;
    }

    public static List<Problem> check(TemplateKey key, String text, boolean requireAll) {
        var problems = new ArrayList<Problem>();
        var matcher = PLACEHOLDER.matcher(text);
        var used = new HashSet<String>();
        while (matcher.find()) {
            var name = matcher.group(1);
            used.add(name);
            if (!key.variables().contains(name)) problems.add(new Problem("unknown", name));
        }
        var rest = matcher.replaceAll("");
        if (rest.contains("{") || rest.contains("}")) problems.add(new Problem("brace", ""));
        if (requireAll) {
            TemplateKey.REQUIRED.stream().filter(r -> !used.contains(r)).sorted()
                    .forEach(r -> problems.add(new Problem("missing", r)));
        }
        return problems;
    }

    /** Fills the placeholders; a checked template names only variables its event provides. */
    public static String render(String text, Map<String, String> values) {
        return PLACEHOLDER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                values.getOrDefault(m.group(1), "")));
    }
}
