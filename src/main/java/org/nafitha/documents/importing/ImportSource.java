package org.nafitha.documents.importing;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.io.ByteArrayOutputStream;

/**
 * Where an import's files come from: an uploaded ZIP or a folder on the server. Names are the
 * paths inside it with forward slashes; a name that would leave it is never opened.
 */
sealed interface ImportSource extends Closeable permits ZipArchiveSource, FolderSource {

    /** Every file in it, unsafe names included (so each can be reported). */
    List<String> names() throws IOException;

    /** Reads at most {@code limit} bytes of a file; more than that is {@link Read.TooLarge}. */
    Read read(String name, long limit) throws IOException;

    sealed interface Read {
        record Bytes(byte[] bytes) implements Read {
        }

        record Missing() implements Read {
        }

        record TooLarge(long read) implements Read {
        }

        /** Unpacked past the compression ratio an honest file has. */
        record Bomb(long read, long packed) implements Read {
        }
    }

    /** A relative path with no way out: no {@code ..} step, no root, no drive, no backslash. */
    static boolean safe(String name) {
        if (name.isBlank() || name.length() > 1000 || name.startsWith("/") || name.contains("\\")
                || name.contains("\0") || name.matches("^[A-Za-z]:.*")) return false;
        for (var step : name.split("/")) if (step.equals("..")) return false;
        return true;
    }

    static String normalise(String name) {
        var n = name.strip();
        while (n.startsWith("./")) n = n.substring(2);
        return n;
    }

    static boolean isMetadata(String name) {
        return !name.contains("/") && name.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** Reads up to {@code limit} bytes, stopping early when the ratio to {@code packed} is a bomb's. */
    static Read readBounded(InputStream in, long limit, long packed, int maxRatio) throws IOException {
        var out = new ByteArrayOutputStream();
        var buffer = new byte[64 * 1024];
        long read = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            read += n;
            if (read > limit) return new Read.TooLarge(read);
            // Small files may compress very well (a blank page); a bomb shows itself past a megabyte.
            if (packed > 0 && read > 1_048_576 && read > packed * maxRatio) return new Read.Bomb(read, packed);
            out.write(buffer, 0, n);
        }
        return new Read.Bytes(out.toByteArray());
    }
}
