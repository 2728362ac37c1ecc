package org.nafitha.meetings;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code nafitha.meetings}: when a room opens and how long its credentials live, where Janus and
 * coturn are, and how long recordings are kept.
 *
 * @param opensBefore    how long before the slot the participants may join
 * @param tokenTtl       how long a join token may wait before it is used (once)
 * @param janusUrl       Janus' HTTP API (its {@code base_path}), reachable by Nafitha only
 * @param recordingsDir  where Janus writes the rooms' {@code .mjr} files (Janus' {@code rec_dir})
 * @param turnUrls       the TURN/STUN URLs handed to browsers, e.g. {@code turn:turn.example:3478}
 * @param turnSecret     coturn's {@code static-auth-secret} (its {@code use-auth-secret} scheme)
 * @param turnGrace      how long TURN credentials outlive the end of the slot
 * @param keepRecordings how long a recording is kept before it is deleted
 */
@ConfigurationProperties("nafitha.meetings")
public record MeetingsProperties(@Nullable Duration opensBefore, @Nullable Duration tokenTtl,
                                 @Nullable String janusUrl, @Nullable Path recordingsDir,
                                 @Nullable List<String> turnUrls, @Nullable String turnSecret,
                                 @Nullable Duration turnGrace, @Nullable Period keepRecordings) {

    public MeetingsProperties {
        if (opensBefore == null) opensBefore = Duration.ofMinutes(5);
        if (tokenTtl == null) tokenTtl = Duration.ofSeconds(60);
        if (janusUrl == null) janusUrl = "http://127.0.0.1:8088/janus";
        if (recordingsDir == null) recordingsDir = Path.of("data", "recordings");
        turnUrls = turnUrls == null ? List.of() : List.copyOf(turnUrls);
        if (turnSecret == null) turnSecret = "";
        if (turnGrace == null) turnGrace = Duration.ofMinutes(5);
        if (keepRecordings == null) keepRecordings = Period.ofYears(2);
    }
}
