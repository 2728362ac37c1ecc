package org.nafitha.documents.importing;

import java.util.Map;

import org.nafitha.documents.importing.ImportJobs.FileStatus;

/** An import job's files by status, for the progress bar. */
public record ImportProgress(Map<FileStatus, Long> counts) {
    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public long of(FileStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    public long done() {
        return total() - of(FileStatus.PENDING);
    }

    public int percent() {
        return total() == 0 ? 100 : (int) (done() * 100 / total());
    }
}
