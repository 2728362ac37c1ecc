package org.nafitha.analytics.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Bar charts drawn on the server as SVG shapes, right to left in Arabic: the first category sits at
 * the right edge and horizontal bars grow leftwards, as a reader of Arabic scans. Each chart is
 * drawn from the same rows the table beside it lists, so the two never disagree.
 */
final class SvgCharts {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    private static final int PAD = 36;
    static final String[] COLOURS = {"#1d70b8", "#00703c", "#d4351c"};

    /** A rectangle and the text a screen reader's tooltip gives it. */
    record Bar(double x, double y, double width, double height, String fill, String title) {
    }

    /** A label on an axis: where and which anchor (start, middle, end). */
    record Label(double x, double y, String anchor, String text) {
    }

    /** One row of the chart's table: a category and its values, one per series. */
    record Row(String category, List<Long> values) {
    }

    /** @param rtl drawn right to left (Arabic, Urdu): the SVG's own direction */
    record Chart(int width, int height, List<Bar> bars, List<Label> labels, List<String> series, List<Row> rows, boolean rtl) {

        /** The colour of each series, in order, for the legend. */
        public List<String> colours() {
            return IntStream.range(0, series.size()).mapToObj(i -> COLOURS[i % COLOURS.length]).toList();
        }
    }

    private SvgCharts() {
    }

    /**
     * Vertical bars, one group per category with a bar for each series; at most about twelve category
     * labels are written under the axis so that they never overlap.
     */
    static Chart columns(List<String> series, List<Row> rows, boolean rtl) {
        var bars = new ArrayList<Bar>();
        var labels = new ArrayList<Label>();
        long max = Math.max(1, rows.stream().flatMap(r -> r.values().stream()).mapToLong(Long::longValue).max().orElse(1));
        double plotWidth = WIDTH - 2.0 * PAD, plotHeight = HEIGHT - 2.0 * PAD;
        double slot = rows.isEmpty() ? plotWidth : plotWidth / rows.size();
        double barWidth = Math.max(1, slot * 0.8 / series.size());
        int every = Math.max(1, (int) Math.ceil(rows.size() / 12.0));
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            double slotStart = rtl ? WIDTH - PAD - (i + 1) * slot : PAD + i * slot;
            for (int s = 0; s < series.size(); s++) {
                long value = row.values().get(s);
                double h = plotHeight * value / max;
                int position = rtl ? series.size() - 1 - s : s;
                double x = slotStart + slot * 0.1 + position * barWidth;
                bars.add(new Bar(round(x), round(PAD + plotHeight - h), round(barWidth), round(h),
                        COLOURS[s % COLOURS.length], row.category() + " — " + series.get(s) + ": " + value));
            }
            if (i % every == 0) {
                labels.add(new Label(round(slotStart + slot / 2), HEIGHT - PAD + 16, "middle", row.category()));
            }
        }
        labels.add(new Label(rtl ? WIDTH - PAD + 4 : PAD - 4, PAD, "end", Long.toString(max)));
        labels.add(new Label(rtl ? WIDTH - PAD + 4 : PAD - 4, HEIGHT - PAD, "end", "0"));
        return new Chart(WIDTH, HEIGHT, bars, labels, series, rows, rtl);
    }

    /** Horizontal bars, one per category, growing from the reading side. */
    static Chart rows(String series, List<Row> rows, boolean rtl) {
        var bars = new ArrayList<Bar>();
        var labels = new ArrayList<Label>();
        long max = Math.max(1, rows.stream().mapToLong(r -> r.values().getFirst()).max().orElse(1));
        int labelWidth = 140;
        double plotWidth = WIDTH - labelWidth - 2.0 * PAD;
        double slot = rows.isEmpty() ? 0 : Math.min(40, (HEIGHT - 2.0 * PAD) / rows.size());
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            long value = row.values().getFirst();
            double w = plotWidth * value / max;
            double y = PAD + i * slot + slot * 0.15;
            double x = rtl ? WIDTH - PAD - labelWidth - w : PAD + labelWidth;
            bars.add(new Bar(round(x), round(y), round(w), round(slot * 0.7), COLOURS[0],
                    row.category() + " — " + series + ": " + value));
            double textY = round(y + slot * 0.5);
            labels.add(new Label(rtl ? WIDTH - PAD : PAD, textY, "start", row.category()));
            labels.add(new Label(rtl ? round(x - 6) : round(x + w + 6), textY, "start", Long.toString(value)));
        }
        return new Chart(WIDTH, HEIGHT, bars, labels, List.of(series), rows, rtl);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
