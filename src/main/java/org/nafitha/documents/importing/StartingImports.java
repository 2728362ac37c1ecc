package org.nafitha.documents.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.UUID;
import java.util.zip.ZipException;

import org.nafitha.documents.DocumentsProperties;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Starts an import: keeps the archive where the job can find it after a restart, reads the CSV and
 * plans one row per file — the ones that cannot be imported already carry their reason. The files
 * themselves are imported in the background by {@link RunningImports}.
 */
@Service
public class StartingImports {

    private final ImportJobs jobs;
    private final DocumentsProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    StartingImports(ImportJobs jobs, DocumentsProperties properties, AuditTrail audit, Clock clock) {
        this.jobs = jobs;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** An uploaded ZIP. */
    @Transactional
    public UUID fromZip(InputStream archive, String filename, String by, String role) {
        var id = UUID.randomUUID();
        var file = properties.importWorkDir().resolve(id + ".zip");
        try {
            Files.createDirectories(file.getParent());
            Files.copy(archive, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the import archive " + file, e);
        }
        var label = filename.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cc}", "");
        jobs.create(id, label.isBlank() ? "archive.zip" : label, "ZIP", file.toString(), by, clock.instant());
        try (var source = new ZipArchiveSource(file, properties.imports().maxRatio())) {
            if (source.size() > properties.imports().maxEntries()) {
                jobs.fail(id, ImportProblem.TOO_MANY_ENTRIES, String.valueOf(source.size()), clock.instant());
            } else {
                plan(id, source);
            }
        } catch (ZipException e) {
            jobs.fail(id, ImportProblem.NOT_A_ZIP, null, clock.instant());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the import archive " + file, e);
        }
        if (jobs.find(id).map(j -> j.status() == ImportJobs.Status.FAILED).orElse(false)) discard(file);
        audited(id, by, role, "ZIP " + label);
        return id;
    }

    /** A folder given relative to the import root; refused outside it. */
    @Transactional
    public UUID fromFolder(String relative, String by, String role) {
        var id = UUID.randomUUID();
        var folder = folder(relative);
        jobs.create(id, relative.strip(), "FOLDER", folder == null ? relative : folder.toString(), by, clock.instant());
        if (folder == null) {
            jobs.fail(id, ImportProblem.FOLDER_NOT_ALLOWED, null, clock.instant());
        } else {
            try (var source = new FolderSource(folder)) {
                plan(id, source);
            } catch (IOException e) {
                jobs.fail(id, ImportProblem.FOLDER_NOT_ALLOWED, null, clock.instant());
            }
        }
        audited(id, by, role, "folder " + relative);
        return id;
    }

    /** Whether a folder may be imported: it exists under the import root. */
    public boolean folderAllowed(String relative) {
        return folder(relative) != null;
    }

    /** The folder if it lies inside the import root (links resolved), otherwise null. */
    private Path folder(String relative) {
        var name = ImportSource.normalise(relative.replace('\\', '/'));
        if (!name.isEmpty() && !ImportSource.safe(name)) return null;
        try {
            var root = properties.importRoot().toRealPath();
            var folder = root.resolve(name).normalize();
            if (!Files.isDirectory(folder)) return null;
            var real = folder.toRealPath();
            return real.startsWith(root) ? real : null;
        } catch (IOException e) {
            return null;
        }
    }

    private void plan(UUID id, ImportSource source) throws IOException {
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
            case MetadataCsv.Lines(var lines) -> jobs.plan(id, withFiles(lines, names, csv.get()), clock.instant());
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

    /** An archive whose job failed before it started is of no further use. */
    private static void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LoggerFactory.getLogger(StartingImports.class).warn("Could not remove {}: {}", file, e.toString());
        }
    }

    private void audited(UUID id, String by, String role, String what) {
        audit.record(new AuditEntry(by, role, "documents.import.start", null, null, id + " " + what, null));
    }
}
