// The ratios of bench/history.csv over time as one SVG line chart (bench/history.svg), drawn by
// bench/run all after it rewrites RESULTS.md. JDK only, no dependencies.
//
//   java bench/Chart.java bench/history.csv bench/history.svg
//
// One line per benchmark that has a ratio (value / limit measured in the same run), on a
// logarithmic axis since the ratios run from about 0.005 (submit vs pgbench) to about 3 (casework
// vs Flowable). A point is one run; runs on a busy machine (more than 20 % busy just before the
// run) are drawn hollow, since their figures are low and noisy. Time runs left to right by run,
// not to scale, so that a day of many runs does not squeeze the rest.

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

public class Chart {

    record Point(String date, double ratio, boolean busy) {
    }

    static final String[] COLOURS = {"#1d70b8", "#d4351c", "#00703c", "#6f3c97", "#f47738", "#5694ca", "#912b88",
            "#85994b", "#28a197", "#b58840", "#505a5f", "#0b0c0c", "#f499be", "#003078"};

    public static void main(String[] args) throws IOException {
        var in = Path.of(args.length > 0 ? args[0] : "bench/history.csv");
        var out = Path.of(args.length > 1 ? args[1] : "bench/history.svg");
        var lines = Files.readAllLines(in, StandardCharsets.UTF_8);
        var header = parse(lines.get(0));
        int date = header.indexOf("date"), bench = header.indexOf("benchmark"), ratio = header.indexOf("ratio"),
                busy = header.indexOf("busy_before_pct");
        Map<String, List<Point>> series = new TreeMap<>();
        var dates = new TreeSet<String>();
        for (var line : lines.subList(1, lines.size())) {
            var row = parse(line);
            if (row.size() <= ratio || row.get(ratio).isBlank() || row.get(bench).startsWith("limit:")) continue;
            double r = Double.parseDouble(row.get(ratio));
            if (r <= 0) continue;
            boolean noisy = busy >= 0 && row.size() > busy && !row.get(busy).isBlank()
                    && Double.parseDouble(row.get(busy)) > 20;
            series.computeIfAbsent(row.get(bench), k -> new ArrayList<>()).add(new Point(row.get(date), r, noisy));
            dates.add(row.get(date));
        }
        var runs = new ArrayList<>(dates);
        Files.writeString(out, svg(series, runs), StandardCharsets.UTF_8);
        System.out.printf("chart: %d benchmarks over %d runs in %s%n", series.size(), runs.size(), out);
    }

    static String svg(Map<String, List<Point>> series, List<String> runs) {
        int width = 960, height = 480, left = 70, right = 230, top = 40, bottom = 60;
        int plotW = width - left - right, plotH = height - top - bottom;
        double lo = Math.log10(0.001), hi = Math.log10(100);
        var s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\" aria-labelledby=\"t d\">\n")
                .append("<title id=\"t\">Nafitha benchmarks: each figure as a ratio of its limit measured in the same run</title>\n")
                .append("<desc id=\"d\">One line per benchmark over ").append(runs.size())
                .append(" runs; logarithmic scale; hollow points are runs on a busy machine.</desc>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n")
                .append("<text x=\"").append(left).append("\" y=\"24\" font-size=\"15\" font-weight=\"bold\">")
                .append("Ratio of the limit measured in the same run (log scale)</text>\n");
        for (double tick : new double[]{0.001, 0.01, 0.1, 0.5, 1, 10, 100}) {
            double y = top + plotH * (hi - Math.log10(tick)) / (hi - lo);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n",
                    left, left + plotW, y, y, tick == 1 ? "#0b0c0c" : "#ddd"));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
                    left - 6, y + 4, tick < 0.1 ? String.valueOf(tick) : tick >= 10 ? String.valueOf((int) tick) : String.format(Locale.ROOT, "%.1f", tick)));
        }
        double step = runs.size() > 1 ? (double) plotW / (runs.size() - 1) : 0;
        var shown = new TreeSet<String>();
        for (int i = 0; i < runs.size(); i++) {
            var day = runs.get(i).substring(0, 10);
            if (shown.add(day)) {
                double x = left + step * i;
                s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                        x, top + plotH + 20, day));
            }
        }
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">runs, oldest first (%d)</text>%n",
                left, top + plotH + 42, runs.size()));
        int k = 0;
        for (var e : series.entrySet()) {
            var colour = COLOURS[k % COLOURS.length];
            // past the palette, the same colours again with a dashed line (and a dashed key)
            var dash = k >= COLOURS.length ? " stroke-dasharray=\"5 3\"" : "";
            var path = new StringBuilder();
            for (var p : e.getValue()) {
                double x = left + step * runs.indexOf(p.date());
                double y = top + plotH * (hi - Math.log10(Math.max(0.001, Math.min(100, p.ratio())))) / (hi - lo);
                path.append(path.isEmpty() ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
                s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" stroke=\"%s\" fill=\"%s\">"
                                + "<title>%s %s: %s</title></circle>%n",
                        x, y, colour, p.busy() ? "#fff" : colour, e.getKey(), p.date(), p.ratio()));
            }
            s.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"1.5\"").append(dash).append("/>\n");
            double ly = top + 14 + 18 * k;
            var last = e.getValue().get(e.getValue().size() - 1);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"4\"%s/>%n",
                    left + plotW + 14, left + plotW + 30, ly - 4, ly - 4, colour, dash));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\">%s (%s)</text>%n",
                    left + plotW + 36, ly, escape(e.getKey()), last.ratio()));
            k++;
        }
        return s.append("</svg>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** One CSV line: fields in double quotes may hold commas and doubled quotes. */
    static List<String> parse(String line) {
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { field.append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.append(c);
            } else if (c == '"') quoted = true;
            else if (c == ',') { fields.add(field.toString()); field.setLength(0); }
            else field.append(c);
        }
        fields.add(field.toString());
        return fields;
    }
}
