package org.nafitha.meetings.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.nafitha.meetings.MeetingsProperties;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * The meetings' rooms in Janus' VideoRoom: created recorded (each participant's audio and video in
 * {@code .mjr} files under the meeting's folder) when the first participant connects, destroyed when
 * the meeting ends. A room already there, or already gone, is what was wanted.
 */
@Component
class Rooms {

    private static final int ROOM_EXISTS = 427;
    private static final int NO_SUCH_ROOM = 426;

    private final Janus janus;
    private final MeetingsProperties properties;

    Rooms(Janus janus, MeetingsProperties properties) {
        this.janus = janus;
        this.properties = properties;
    }

    Path folder(Meeting meeting) {
        return properties.recordingsDir().toAbsolutePath().resolve(meeting.id().toString());
    }

    void create(Meeting meeting) {
        try {
            Files.createDirectories(folder(meeting));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var body = janus.object().put("request", "create").put("room", meeting.room()).put("publishers", 4)
                .put("description", meeting.kind().name()).put("is_private", true).put("record", true)
                .put("rec_dir", folder(meeting).toString()).put("audiocodec", "opus").put("videocodec", "vp8")
                .put("notify_joining", true);
        control(body, ROOM_EXISTS);
    }

    void destroy(Meeting meeting) {
        control(janus.object().put("request", "destroy").put("room", meeting.room()), NO_SUCH_ROOM);
    }

    private void control(JsonNode body, int fine) {
        var session = janus.createSession();
        try {
            var handle = janus.attach(session);
            var data = janus.message(session, handle, body, null).path("plugindata").path("data");
            var code = data.path("error_code").asInt(0);
            if (code != 0 && code != fine) throw new MediaServerUnavailable("VideoRoom refused: " + data.path("error"));
        } finally {
            janus.destroySession(session);
        }
    }
}
