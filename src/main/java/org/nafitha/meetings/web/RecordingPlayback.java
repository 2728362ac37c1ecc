package org.nafitha.meetings.web;

import java.util.UUID;

import org.nafitha.identity.Actor;
import org.nafitha.meetings.internal.PlayingRecordings;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The recording of a meeting, for the hosting office's staff only; every play is audited. */
@Controller
class RecordingPlayback {

    private final PlayingRecordings recordings;

    RecordingPlayback(PlayingRecordings recordings) {
        this.recordings = recordings;
    }

    @GetMapping("/staff/meetings/{id}/recording")
    ResponseEntity<byte[]> play(@PathVariable UUID id, Actor actor) {
        var content = recordings.play(id, actor).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("video/webm"))
                .header("Cache-Control", "no-store").body(content.bytes());
    }
}
