package org.nafitha.documents.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

/**
 * An uploaded archive. Sizes written in the archive are not trusted: bytes are counted as they
 * unpack, against the file limit and the entry's packed size.
 */
final class ZipArchiveSource implements ImportSource {

    private final ZipFile zip;
    private final int maxRatio;

    ZipArchiveSource(Path file, int maxRatio) throws IOException {
        this.zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        this.maxRatio = maxRatio;
    }

    @Override
    public List<String> names() {
        var names = new ArrayList<String>();
        var entries = zip.entries();
        while (entries.hasMoreElements()) {
            var entry = entries.nextElement();
            if (!entry.isDirectory()) names.add(entry.getName());
        }
        return names;
    }

    int size() {
        return zip.size();
    }

    @Override
    public Read read(String name, long limit) throws IOException {
        if (!ImportSource.safe(name)) return new Read.Missing();
        var entry = zip.getEntry(name);
        if (entry == null || entry.isDirectory()) return new Read.Missing();
        try (var in = zip.getInputStream(entry)) {
            return ImportSource.readBounded(in, limit, entry.getCompressedSize(), maxRatio);
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
