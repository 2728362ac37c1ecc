package org.nafitha.meetings.internal;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

/** The {@code .mjr} files of a room's recording folder (Janus' raw RTP dumps) that hold media, each read by its header. */
final class JanusTracks {

    /** One .mjr file: audio or video, and when its first packet arrived (microseconds). */
    record Track(Path file, boolean video, long firstPacketMicros) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JanusTracks() {
    }

    static List<Track> in(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            var tracks = new ArrayList<Track>();
            for (var file : files.filter(JanusTracks::hasMedia).sorted().toList()) tracks.add(track(file));
            return tracks;
        }
    }

    /** A participant whose media never flowed leaves a file with the magic bytes alone. */
    private static boolean hasMedia(Path file) {
        try {
            return file.toString().endsWith(".mjr") && Files.size(file) > 64;
        } catch (IOException e) {
            return false;
        }
    }

    /** The .mjr header: "MJR00002", a 16-bit length, then JSON with the kind ("t") and first packet ("u"). */
    private static Track track(Path file) throws IOException {
        try (var in = new DataInputStream(Files.newInputStream(file))) {
            var magic = new String(in.readNBytes(8), StandardCharsets.US_ASCII);
            if (!magic.startsWith("MJR0000")) throw new IOException("not a Janus recording: " + file);
            var header = JSON.readTree(new String(in.readNBytes(in.readUnsignedShort()), StandardCharsets.UTF_8));
            return new Track(file, "v".equals(header.path("t").asString()), header.path("u").asLong());
        }
    }
}
