package org.nafitha.documents.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.UUID;
import java.util.zip.ZipException;

import org.nafitha.documents.DocumentsProperties;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts an import: keeps the archive where the job can find it after a restart, reads the CSV and
 * plans one row per file ({@link ImportPlanning}) — the ones that cannot be imported already carry
 * their reason. The files
 * themselves are imported in the background by {@link RunningImports}.
 */
@Service
public class StartingImports {

    private final ImportJobs jobs;
    private final ImportPlanning planning;
    private final ImportRoot root;
    private final DocumentsProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    StartingImports(ImportJobs jobs, ImportPlanning planning, ImportRoot root, DocumentsProperties properties,
                    AuditTrail audit, Clock clock) {
        this.jobs = jobs;
        this.planning = planning;
        this.root = root;
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
                planning.plan(id, source);
            }
        } catch (ZipException e) {
            jobs.fail(id, ImportProblem.NOT_A_ZIP, null, clock.instant());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the import archive " + file, e);
        }
        if (jobs.find(id).map(j -> j.status() == ImportJobs.Status.FAILED).orElse(false)) ImportSources.discard(file);
        audited(id, by, role, "ZIP " + label);
        return id;
    }

    /** A folder given relative to the import root; refused outside it. */
    @Transactional
    public UUID fromFolder(String relative, String by, String role) {
        var id = UUID.randomUUID();
        var folder = root.folder(relative);
        jobs.create(id, relative.strip(), "FOLDER", folder == null ? relative : folder.toString(), by, clock.instant());
        if (folder == null) {
            jobs.fail(id, ImportProblem.FOLDER_NOT_ALLOWED, null, clock.instant());
        } else {
            try (var source = new FolderSource(folder)) {
                planning.plan(id, source);
            } catch (IOException e) {
                jobs.fail(id, ImportProblem.FOLDER_NOT_ALLOWED, null, clock.instant());
            }
        }
        audited(id, by, role, "folder " + relative);
        return id;
    }

    /** Whether a folder may be imported: it exists under the import root. */
    public boolean folderAllowed(String relative) {
        return root.folder(relative) != null;
    }

    private void audited(UUID id, String by, String role, String what) {
        audit.record(new AuditEntry(by, role, "documents.import.start", null, null, id + " " + what, null));
    }
}
