package org.nafitha.documents.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.ArabicDigits;
import org.nafitha.documents.Classification;
import org.nafitha.documents.importing.MetadataCsv.Line;

/** One line of {@link MetadataCsv} checked: its file's metadata, or the first reason it cannot be imported. */
final class MetadataLine {

    private MetadataLine() {
    }

    static Line check(int number, List<String> fields, Map<String, Integer> header) {
        var path = ImportSource.normalise(field(fields, header, "file"));
        if (path.isEmpty()) path = "(" + number + ")";
        if (fields.size() <= MetadataCsv.REQUIRED.stream().mapToInt(header::get).max().orElse(0)) {
            return Line.refused(number, path, ImportProblem.MISSING_COLUMNS, fields.size() + "/" + header.size());
        }
        if (!ImportSource.safe(path)) return Line.refused(number, path, ImportProblem.PATH_UNSAFE, null);
        for (var column : MetadataCsv.REQUIRED) {
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
}
