package org.nafitha.meetings.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.errors.Problems;
import org.nafitha.identity.Actor;
import org.nafitha.meetings.MeetingError;
import org.nafitha.meetings.internal.MediaServerUnavailable;
import org.nafitha.meetings.internal.ConnectingToMeetings;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A joined meeting's connection: opened with the join token (once), left when the participant goes.
 * Through it the browser's VideoRoom requests, trickled ICE candidates and the events' long poll are
 * relayed to Janus ({@link SignallingApi}).
 */
@RestController
@Tag(name = "Video meetings")
@SecurityRequirement(name = "bearer")
class ConnectionsApi {

    static final String PAGE = "/meetings/{id}/connections/{connection}";
    static final String API = "/api/v1" + PAGE;

    private final ConnectingToMeetings connecting;
    private final Problems problems;

    ConnectionsApi(ConnectingToMeetings connecting, Problems problems) {
        this.connecting = connecting;
        this.problems = problems;
    }

    record Connect(@Schema(example = "jt_9QmZ2xV7kR4pL8sN1cW6") @Nullable String token) {
    }

    record ConnectionView(UUID connection, long handle, long room, String side) {
    }

    @Operation(summary = "Connect to the room with a join token (usable once, shortly after joining); 403 for a used, "
            + "expired or someone else's token, 409 while the person waits to be admitted")
    @ApiResponse(responseCode = "201", description = "connected",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"connection": "6c1d8e3a-4f2b-4c97-a0e5-9b3f7d2c1a46", "handle": 2718281828, "room": 7341, "side": "PERSON"}""")))
    @PostMapping({"/api/v1/meetings/{id}/connections", "/meetings/{id}/connections"})
    ResponseEntity<?> connect(@PathVariable String id, @RequestBody Connect body, Actor actor) {
        var uuid = MeetingsApi.parse(id);
        if (uuid.isEmpty()) return problems.of(MeetingError.NOT_FOUND);
        if (body.token() == null) return problems.of(MeetingError.TOKEN_REFUSED);
        try {
            return switch (connecting.connect(uuid.get(), actor, body.token())) {
                case ConnectingToMeetings.Connected.Done d -> ResponseEntity.status(HttpStatus.CREATED).body(
                        new ConnectionView(d.connection().id(), d.handle(), d.room(), d.connection().side().name()));
                case ConnectingToMeetings.Connected.Refused r -> problems.of(r.error());
            };
        } catch (MediaServerUnavailable e) {
            return problems.of(MeetingError.MEDIA_SERVER_DOWN);
        }
    }

    @Operation(summary = "Leave: my connection and its media end (the meeting goes on until the host ends it)")
    @ApiResponse(responseCode = "204", description = "left", content = @Content)
    @DeleteMapping({API, PAGE})
    ResponseEntity<?> leave(@PathVariable String id, @PathVariable String connection, Actor actor) {
        var i = ConnectionIds.parse(id, connection);
        if (i.isEmpty() || !connecting.leave(i.get().meeting(), i.get().connection(), actor)) {
            return problems.of(MeetingError.CONNECTION_GONE);
        }
        return ResponseEntity.noContent().build();
    }
}
