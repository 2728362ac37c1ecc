package org.nafitha.documents.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A ZIP as a scanning bureau sends it: the scans and a metadata.csv describing them. */
public final class ScanArchive {

    static final String HEADER = "file,type,department,person_id,date,reference,classification,title";

    private final StringBuilder csv = new StringBuilder(HEADER + "\n");
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    public ScanArchive line(String line) {
        csv.append(line).append('\n');
        return this;
    }

    /** A file and its CSV line. */
    public ScanArchive file(String path, byte[] bytes, String kind, String department, String person, String date,
                     String reference, String title) {
        files.put(path, bytes);
        return line(String.join(",", path, kind, department, person, date, reference, "INTERNAL", "\"" + title + "\""));
    }

    /** A file in the archive that the CSV does not describe. */
    public ScanArchive stray(String path, byte[] bytes) {
        files.put(path, bytes);
        return this;
    }

    InputStream zip() {
        return zip(csv.toString());
    }

    public byte[] bytes() {
        try {
            return zip().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InputStream zip(String metadata) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("metadata.csv"));
            zip.write(metadata.getBytes(StandardCharsets.UTF_8));
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ByteArrayInputStream(out.toByteArray());
    }
}
