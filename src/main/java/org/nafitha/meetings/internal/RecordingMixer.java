package org.nafitha.meetings.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/**
 * Makes a room's recording one WebM: each participant's {@code .mjr} files (Janus' raw RTP dumps,
 * {@link JanusTracks}) are turned into media by {@code janus-pp-rec}, then {@code ffmpeg} puts the videos side by side
 * and mixes the voices, each placed at the moment its first packet arrived (from the .mjr header),
 * so the file lasts as long as the call did.
 */
@Component
class RecordingMixer {

    record Mixed(Path file, long millis) {
    }

    Mixed mix(Path folder) throws IOException, InterruptedException {
        var tracks = JanusTracks.in(folder);
        if (tracks.isEmpty()) throw new IOException("no recording in " + folder);
        var start = tracks.stream().mapToLong(JanusTracks.Track::firstPacketMicros).min().orElseThrow();
        var command = new ArrayList<>(List.of("ffmpeg", "-y", "-loglevel", "error"));
        var videos = new ArrayList<String>();
        var audios = new ArrayList<String>();
        var input = 0;
        for (var track : tracks.stream().sorted(Comparator.comparing(JanusTracks.Track::firstPacketMicros)).toList()) {
            var media = folder.resolve(track.file().getFileName() + (track.video() ? ".webm" : ".opus"));
            run(List.of("janus-pp-rec", track.file().toString(), media.toString()));
            command.addAll(List.of("-i", media.toString()));
            var delay = (track.firstPacketMicros() - start) / 1000;
            if (track.video()) {
                videos.add("[%d:v]scale=320:240,setsar=1,fps=15,tpad=start_duration=%.3f:color=black[v%d]"
                        .formatted(input, delay / 1000.0, input));
            } else {
                audios.add("[%d:a]adelay=%d:all=1[a%d]".formatted(input, delay, input));
            }
            input++;
        }
        var out = folder.resolve("recording.webm");
        command.addAll(List.of("-filter_complex", graph(videos, audios)));
        if (!videos.isEmpty()) command.addAll(List.of("-map", "[v]", "-c:v", "libvpx", "-b:v", "400k", "-deadline", "realtime", "-cpu-used", "8"));
        if (!audios.isEmpty()) command.addAll(List.of("-map", "[a]", "-c:a", "libopus"));
        command.add(out.toString());
        run(command);
        return new Mixed(out, duration(out));
    }

    private static String graph(List<String> videos, List<String> audios) {
        var parts = new ArrayList<String>();
        parts.addAll(videos);
        parts.addAll(audios);
        if (!videos.isEmpty()) parts.add(labels(videos, 'v') + (videos.size() == 1 ? "null[v]" : "hstack=inputs=" + videos.size() + "[v]"));
        if (!audios.isEmpty()) parts.add(labels(audios, 'a') + (audios.size() == 1 ? "anull[a]" : "amix=inputs=" + audios.size() + ":duration=longest:normalize=0[a]"));
        return String.join(";", parts);
    }

    private static String labels(List<String> filters, char kind) {
        var labels = new StringBuilder();
        for (var f : filters) labels.append(f, f.lastIndexOf("[" + kind), f.length());
        return labels.toString();
    }

    private long duration(Path file) throws IOException, InterruptedException {
        var seconds = run(List.of("ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", file.toString()));
        return Math.round(Double.parseDouble(seconds.strip()) * 1000);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException(command.getFirst() + " failed: " + output);
        }
        return output;
    }
}
