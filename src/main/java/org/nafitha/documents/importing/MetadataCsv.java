package org.nafitha.documents.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.jspecify.annotations.Nullable;
import org.nafitha.documents.Classification;

/**
 * The CSV that says what each scanned file is: {@code file,type,department,person_id,date,reference}
 * and optionally {@code classification,title}; UTF-8 (with or without BOM), quoted fields as in
 * RFC 4180, digits Latin, Arabic-Indic or Persian. A bad line is an error for its file only
 * ({@link MetadataLine} checks each).
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
            lines.add(MetadataLine.check(r + 1, fields, header));
        }
        return new Lines(lines);
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
