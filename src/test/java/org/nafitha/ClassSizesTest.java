package org.nafitha;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * No main class over 250 non-blank lines, and nine in ten at most 100 (issue 28), so the biggest rooms stay
 * split; the median is printed beside them.
 */
class ClassSizesTest {

    static final int MAX = 250;
    static final int P90 = 100;

    record Size(Path file, long lines) {
    }

    @Test
    void noMainClassIsOverTwoHundredAndFiftyNonBlankLinesAndNineInTenAreAtMostAHundred() throws IOException {
        List<Size> sizes;
        try (var files = Files.walk(Path.of("src/main/java"))) {
            sizes = files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"))
                    .map(ClassSizesTest::size).sorted(Comparator.comparingLong(Size::lines)).toList();
        }
        assertThat(sizes).hasSizeGreaterThan(500);
        System.out.printf(Locale.ROOT, "class sizes (non-blank lines) of %d main classes: median %d, p90 %d, max %d (%s)%n",
                sizes.size(), sizes.get(sizes.size() / 2).lines(), sizes.get(sizes.size() * 9 / 10).lines(),
                sizes.getLast().lines(), sizes.getLast().file());
        assertThat(sizes.get(sizes.size() * 9 / 10).lines()).as("the 90th percentile of class sizes: split the classes "
                + "over %d lines that do two jobs", P90).isLessThanOrEqualTo(P90);
        assertThat(sizes.stream().filter(s -> s.lines() > MAX).map(s -> s.file() + " " + s.lines()))
                .as("classes over %d non-blank lines: split them where they have two jobs", MAX).isEmpty();
    }

    private static Size size(Path file) {
        try (var lines = Files.lines(file)) {
            return new Size(file, lines.filter(l -> !l.isBlank()).count());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
