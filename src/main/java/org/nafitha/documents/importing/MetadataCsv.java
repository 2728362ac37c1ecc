package org.nafitha.documents.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.jspecify.annotations.Nullable;
import org.nafitha.country.ArabicDigits;
import org.nafitha.documents.Classification;

/**
 * The CSV that says what each scanned file is: {@code file,type,department,person_id,date,reference}
 * and optionally {@code classification,title}; UTF-8 (with or without BOM), quoted fields as in
 * RFC 4180, digits Latin, Arabic-Indic or Persian. A bad line is an error for its file only.
 */
final class MetadataCsv {

    static final List<String> REQUIRED = List.of("file", "type", "department", "person_id", "date", "reference");

    private MetadataCsv() {
    }

    /** A line of the CSV: its file's metadata, or why it cannot be imported. */
    record Line(int number, String path, @Nullable ImportProblem problem, @Nullable String detail,
                @Nullable String kind, @Nullable String department, @Nullable String personId,
                @Nullable LocalDate date, @Nullable String reference, Classification classification,
                @Nullable String title) {

        static Line refused(int number, String path, ImportProblem problem, @Nullable String detail) {
            return new Line(number, path, problem, detail, null, null, null, null, null, Classification.INTERNAL, null);
        }
    }

    sealed interface Parsed {
    }

    record Lines(List<Line> lines) implements Parsed {
    }

    record MissingColumns(List<String> missing) implements Parsed {
    }

    /** Not CSV at all: the parser's reason (with the line it stopped at). */
    record Malformed(String detail) implements Parsed {
    }

    static Parsed parse(byte[] bytes) {
        var text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<List<String>> records;
        try {
            records = records(text);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // e.g. a quote opened and never closed: nothing after it can be told apart
            return new Malformed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        if (records.isEmpty()) return new MissingColumns(REQUIRED);
        var header = new HashMap<String, Integer>();
        var names = records.getFirst();
        for (int i = 0; i < names.size(); i++) header.put(names.get(i).strip().toLowerCase(Locale.ROOT), i);
        var missing = REQUIRED.stream().filter(c -> !header.containsKey(c)).toList();
        if (!missing.isEmpty()) return new MissingColumns(missing);
        var lines = new ArrayList<Line>();
        for (int r = 1; r < records.size(); r++) {
            var fields = records.get(r);
            if (fields.size() == 1 && fields.getFirst().isBlank()) continue;
            lines.add(line(r + 1, fields, header));
        }
        return new Lines(lines);
    }

    private static Line line(int number, List<String> fields, Map<String, Integer> header) {
        var path = ImportSource.normalise(field(fields, header, "file"));
        if (path.isEmpty()) path = "(" + number + ")";
        if (fields.size() <= REQUIRED.stream().mapToInt(header::get).max().orElse(0)) {
            return Line.refused(number, path, ImportProblem.MISSING_COLUMNS, fields.size() + "/" + header.size());
        }
        if (!ImportSource.safe(path)) return Line.refused(number, path, ImportProblem.PATH_UNSAFE, null);
        for (var column : REQUIRED) {
            if (field(fields, header, column).isBlank()) return Line.refused(number, path, ImportProblem.MISSING_VALUE, column);
        }
        var kind = field(fields, header, "type").toLowerCase(Locale.ROOT);
        var department = field(fields, header, "department").toLowerCase(Locale.ROOT);
        if (!kind.matches("[a-z0-9][a-z0-9._-]{0,63}")) return Line.refused(number, path, ImportProblem.BAD_VALUE, "type");
        if (!department.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            return Line.refused(number, path, ImportProblem.BAD_VALUE, "department");
        }
        var person = ArabicDigits.digitsOnly(field(fields, header, "person_id"));
        if (!person.matches("\\d{5,20}")) return Line.refused(number, path, ImportProblem.BAD_PERSON_ID, null);
        var date = date(field(fields, header, "date"));
        if (date == null) return Line.refused(number, path, ImportProblem.BAD_DATE, field(fields, header, "date"));
        var reference = ArabicDigits.toLatin(field(fields, header, "reference"));
        if (reference.length() > 64) return Line.refused(number, path, ImportProblem.BAD_VALUE, "reference");
        var classification = classification(field(fields, header, "classification"));
        if (classification == null) return Line.refused(number, path, ImportProblem.BAD_CLASSIFICATION, null);
        var title = field(fields, header, "title");
        return new Line(number, path, null, null, kind, department, person, date, reference, classification,
                title.isBlank() ? null : title.length() > 500 ? title.substring(0, 500) : title);
    }

    private static String field(List<String> fields, Map<String, Integer> header, String column) {
        var index = header.get(column);
        return index == null || index >= fields.size() ? "" : fields.get(index).strip();
    }

    /** ISO dates ({@code 2019-03-07}, also with slashes), in any of the digits people type. */
    static @Nullable LocalDate date(String text) {
        var latin = ArabicDigits.toLatin(text).strip().replace('/', '-');
        try {
            var date = LocalDate.parse(latin);
            return date.getYear() < 1800 ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable Classification classification(String text) {
        if (text.isBlank()) return Classification.INTERNAL;
        try {
            return Classification.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** RFC 4180 by Apache Commons CSV: quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> records(String text) throws IOException {
        var records = new ArrayList<List<String>>();
        try (var parser = CSVParser.parse(text, CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get())) {
            for (var record : parser) records.add(record.toList());
        }
        return records;
    }
}
