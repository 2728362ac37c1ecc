package org.nafitha;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Imports, not inline fully-qualified names (issue 28): no {@code java.util.List.of(…)} or
 * {@code new org.nafitha.ApiClient(port)} in the code of {@code src/main/java} or {@code src/test/java}.
 * Comments, string literals (class names in SQL or log assertions, annotations' string values), imports and
 * package lines are not code. The one exception, a name used twice with two meanings, is a line whose comment
 * names the simple name and says why.
 */
class InlineNamesTest {

    private static final Pattern INLINE = Pattern.compile(
            "(?<![\\w.$])((?:java|javax|jakarta|org|com|io|net)\\.(?:[a-z_][a-z0-9_]*\\.)+)([A-Z]\\w*)");

    @Test
    void noInlineFullyQualifiedNameInMainOrTestCode() throws IOException {
        var found = new ArrayList<String>();
        var files = 0;
        for (var root : List.of("src/main/java", "src/test/java")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                for (var file : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
                    files++;
                    inlineNames(read(file)).forEach(hit -> found.add(file + ":" + hit));
                }
            }
        }
        assertThat(files).isGreaterThan(1_000);
        assertThat(found).as("inline fully-qualified names: import them (a name taken twice: say so in a comment "
                + "on the line)").isEmpty();
    }

    @Test
    void findsNamesInCodeOnly() {
        var source = """
                package org.nafitha.x;
                import java.util.List;
                /** See {@link java.util.List}. */
                class X {
                    @org.junit.jupiter.api.AfterEach
                    void a() { var ids = java.util.List.of(java.util.UUID.randomUUID()); }
                    String b = "org.nafitha.cases.internal.SubmittingCases.submit";
                    char c = '"'; // java.util.Map in a comment
                    String d = \"""
                        java.util.Set in a text block\""";
                    org.nafitha.payments.Receipt e; // Receipt here is payments', not this package's
                    Object f = x.java.util.List; Object g = java.lang.Math.max(1, 2);
                }
                """;
        assertThat(inlineNames(source)).containsExactly("5: org.junit.jupiter.api.AfterEach",
                "6: java.util.List", "6: java.util.UUID", "12: java.lang.Math");
    }

    /** "line: name" of each inline fully-qualified name in the code of a source file. */
    static List<String> inlineNames(String source) {
        var code = codeOnly(source).split("\n", -1);
        var lines = source.split("\n", -1);
        var hits = new ArrayList<String>();
        for (var i = 0; i < code.length; i++) {
            var line = code[i].strip();
            if (line.startsWith("import ") || line.startsWith("package ")) continue;
            var comment = lines[i].substring(code[i].stripTrailing().length());
            var matcher = INLINE.matcher(code[i]);
            while (matcher.find()) {
                if (comment.contains("//") && comment.contains(matcher.group(2))) continue;
                hits.add((i + 1) + ": " + matcher.group(1) + matcher.group(2));
            }
        }
        return hits;
    }

    /** The source with comments and the insides of string, text-block and char literals blanked, lines kept. */
    static String codeOnly(String source) {
        var out = source.toCharArray();
        var i = 0;
        while (i < out.length) {
            int end;
            if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
                end = end < 0 ? out.length : end;
                blank(out, i, end);
            } else if (source.startsWith("/*", i)) {
                end = source.indexOf("*/", i + 2);
                end = end < 0 ? out.length : end + 2;
                blank(out, i, end);
            } else if (source.startsWith("\"\"\"", i)) {
                end = source.indexOf("\"\"\"", i + 3);
                while (end > 0 && source.charAt(end - 1) == '\\') end = source.indexOf("\"\"\"", end + 1);
                end = end < 0 ? out.length : end + 3;
                blank(out, i + 3, end - 3);
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                end = i + 1;
                while (end < out.length && source.charAt(end) != source.charAt(i)) end += source.charAt(end) == '\\' ? 2 : 1;
                blank(out, i + 1, Math.min(end, out.length));
                end++;
            } else {
                end = i + 1;
            }
            i = end;
        }
        return new String(out);
    }

    private static void blank(char[] text, int from, int to) {
        for (var k = from; k < to; k++) if (text[k] != '\n') text[k] = ' ';
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
