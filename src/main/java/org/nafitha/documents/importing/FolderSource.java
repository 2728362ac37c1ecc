package org.nafitha.documents.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.io.File;

/**
 * A folder under the import root, e.g. where a scanning bureau drops its batches. Links that point
 * out of the folder are not followed.
 */
final class FolderSource implements ImportSource {

    private final Path folder;

    FolderSource(Path folder) throws IOException {
        this.folder = folder.toRealPath();
    }

    @Override
    public List<String> names() throws IOException {
        try (var walk = Files.walk(folder)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> folder.relativize(p).toString().replace(File.separatorChar, '/'))
                    .sorted().toList();
        }
    }

    @Override
    public Read read(String name, long limit) throws IOException {
        if (!ImportSource.safe(name)) return new Read.Missing();
        var file = folder.resolve(name).normalize();
        if (!file.startsWith(folder) || !Files.isRegularFile(file)) return new Read.Missing();
        if (!file.toRealPath().startsWith(folder)) return new Read.Missing();
        try (var in = Files.newInputStream(file)) {
            return ImportSource.readBounded(in, limit, 0, Integer.MAX_VALUE);
        }
    }

    @Override
    public void close() {
    }
}
