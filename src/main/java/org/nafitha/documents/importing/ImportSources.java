package org.nafitha.documents.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where an import job's files come from on this node: its uploaded ZIP or its folder. */
final class ImportSources {

    // Logged under RunningImports, the category operators already watch for imports.
    private static final Logger log = LoggerFactory.getLogger(RunningImports.class);

    private ImportSources() {
    }

    /**
     * Whether this node can read the job's source. An uploaded ZIP waits on the disk of the node that
     * received it, and a folder lies under this node's import root (a shared mount in a cluster): a
     * node that cannot see the source leaves the job to one that can, instead of failing it for
     * everyone (ops/cluster: two nodes of three failed every ZIP they claimed).
     */
    static boolean reachable(ImportJobs.Job job) {
        return Files.exists(Path.of(job.sourcePath()));
    }

    static ImportSource open(ImportJobs.Job job, int maxRatio) throws IOException {
        return "ZIP".equals(job.sourceKind())
                ? new ZipArchiveSource(Path.of(job.sourcePath()), maxRatio)
                : new FolderSource(Path.of(job.sourcePath()));
    }

    /** A finished job's uploaded ZIP is of no further use; a folder is left where it is. */
    static void cleanUp(ImportJobs.Job job) {
        if (!"ZIP".equals(job.sourceKind())) return;
        try {
            Files.deleteIfExists(Path.of(job.sourcePath()));
        } catch (IOException e) {
            log.warn("Could not remove the finished import archive {}: {}", job.sourcePath(), e.toString());
        }
    }

    /** An archive whose job failed before it started is of no further use. */
    static void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LoggerFactory.getLogger(StartingImports.class).warn("Could not remove {}: {}", file, e.toString());
        }
    }
}
