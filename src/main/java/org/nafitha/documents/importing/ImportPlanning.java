package org.nafitha.documents.importing;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * An import's plan: the source's CSV read, one row per file, each line checked against the files the
 * source holds, and the files nobody described; a source without a usable CSV fails the job.
 */
@Component
class ImportPlanning {

    private final ImportJobs jobs;
    private final ImportFiles files;
    private final Clock clock;

    ImportPlanning(ImportJobs jobs, ImportFiles files, Clock clock) {
        this.jobs = jobs;
        this.files = files;
        this.clock = clock;
    }

    void plan(UUID id, ImportSource source) throws IOException {
        var names = source.names();
        var csv = names.stream().filter(ImportSource::isMetadata).sorted((a, b) ->
                Boolean.compare(!a.equalsIgnoreCase("metadata.csv"), !b.equalsIgnoreCase("metadata.csv"))).findFirst();
        if (csv.isEmpty()) {
            jobs.fail(id, ImportProblem.NO_CSV, null, clock.instant());
            return;
        }
        var read = source.read(csv.get(), 64L * 1024 * 1024);
        if (!(read instanceof ImportSource.Read.Bytes(var bytes))) {
            jobs.fail(id, ImportProblem.NO_CSV, csv.get(), clock.instant());
            return;
        }
        switch (MetadataCsv.parse(bytes)) {
            case MetadataCsv.MissingColumns(var missing) ->
                    jobs.fail(id, ImportProblem.CSV_MISSING_COLUMNS, String.join(", ", missing), clock.instant());
            case MetadataCsv.Malformed(var detail) -> jobs.fail(id, ImportProblem.CSV_MALFORMED,
                    detail.length() > 200 ? detail.substring(0, 200) : detail, clock.instant());
            case MetadataCsv.Lines(var lines) -> files.plan(id, withFiles(lines, names, csv.get()), clock.instant());
        }
    }

    /** The CSV's lines checked against what the source holds, plus the files nobody described. */
    private static List<MetadataCsv.Line> withFiles(List<MetadataCsv.Line> lines,
                                                             List<String> names, String csv) {
        var present = new HashSet<>(names);
        var listed = new HashSet<String>();
        var planned = new ArrayList<MetadataCsv.Line>();
        for (var line : lines) {
            if (!listed.add(line.path())) {
                planned.add(MetadataCsv.Line.refused(line.number(), line.path() + " #" + line.number(),
                        ImportProblem.DUPLICATE_LINE, null));
            } else if (line.problem() == null && !present.contains(line.path())) {
                planned.add(MetadataCsv.Line.refused(line.number(), line.path(), ImportProblem.FILE_MISSING, null));
            } else {
                planned.add(line);
            }
        }
        for (var name : names) {
            if (name.equals(csv) || listed.contains(ImportSource.normalise(name))) continue;
            var problem = ImportSource.safe(name) ? ImportProblem.NOT_IN_CSV : ImportProblem.PATH_UNSAFE;
            planned.add(MetadataCsv.Line.refused(0, name, problem, null));
        }
        return planned;
    }
}
