package org.nafitha.meetings.web;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.errors.Problems;
import org.nafitha.identity.Actor;
import org.nafitha.meetings.MeetingError;
import org.nafitha.meetings.internal.MediaServerUnavailable;
import org.nafitha.meetings.internal.ConnectingToMeetings;
import org.nafitha.meetings.internal.Signalling;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
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
import tools.jackson.databind.JsonNode;

/**
 * Signalling for a joined meeting: a connection is opened with the join token (once), then the
 * browser's VideoRoom requests, trickled ICE candidates and the events' long poll are relayed to
 * Janus through it (see {@link Signalling} for what is allowed).
 */
@RestController
@Tag(name = "Video meetings")
@SecurityRequirement(name = "bearer")
class ConnectionsApi {

    private static final String PAGE = "/meetings/{id}/connections/{connection}";
    private static final String API = "/api/v1" + PAGE;

    private final ConnectingToMeetings connecting;
    private final Signalling signalling;
    private final Problems problems;

    ConnectionsApi(ConnectingToMeetings connecting, Signalling signalling, Problems problems) {
        this.connecting = connecting;
        this.signalling = signalling;
        this.problems = problems;
    }

    record Connect(@Schema(example = "jt_9QmZ2xV7kR4pL8sN1cW6") @Nullable String token) {
    }

    record ConnectionView(UUID connection, long handle, long room, String side) {
    }

    /** The VideoRoom request's body and the SDP (JSEP) with it, as Janus' own API takes them. */
    @Schema(name = "SignalMessage")
    record Message(@Schema(type = "object", example = """
                           {"request": "publish", "audio": true, "video": true}""") @Nullable JsonNode body,
                   @Schema(type = "object", example = """
                           {"type": "offer", "sdp": "v=0\\r\\no=- 4611731400430051336 2 IN IP4 127.0.0.1\\r\\n"}""")
                   @Nullable JsonNode jsep) {
    }

    /** An ICE candidate as the browser gives it, or {@code {"completed":true}} at the end. */
    record Trickle(@Schema(type = "object", example = """
                           {"candidate": "candidate:842163049 1 udp 1677729535 192.0.2.17 51234 typ srflx", "sdpMid": "0",
                            "sdpMLineIndex": 0}""") @Nullable JsonNode candidate) {
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

    @Operation(summary = "Attach another VideoRoom handle to my connection (to receive the other side)")
    @ApiResponse(responseCode = "200", description = "the media server's answer",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"janus": "success", "transaction": "a1b2c3d4e5f6", "data": {"id": 3141592653}}""")))
    @PostMapping({API + "/handles", PAGE + "/handles"})
    ResponseEntity<?> attach(@PathVariable String id, @PathVariable String connection, Actor actor) {
        return ids(id, connection).<ResponseEntity<?>>map(i -> answer(signalling.attach(i.meeting(), i.connection(), actor)))
                .orElseGet(() -> problems.of(MeetingError.CONNECTION_GONE));
    }

    @Operation(summary = "A VideoRoom request (join, configure, publish, unpublish, start, pause, leave) with its JSEP")
    @ApiResponse(responseCode = "200", description = "the media server's answer",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"janus": "ack", "session_id": 1618033988, "transaction": "b2c3d4e5f6a1"}""")))
    @PostMapping({API + "/handles/{handle}/message", PAGE + "/handles/{handle}/message"})
    ResponseEntity<?> message(@PathVariable String id, @PathVariable String connection, @PathVariable long handle,
                              @RequestBody Message message, Actor actor) {
        var body = message.body();
        return ids(id, connection).<ResponseEntity<?>>map(i -> body == null ? problems.of(MeetingError.REQUEST_NOT_ALLOWED)
                : answer(signalling.message(i.meeting(), i.connection(), handle, actor, body, message.jsep())))
                .orElseGet(() -> problems.of(MeetingError.CONNECTION_GONE));
    }

    @Operation(summary = "A trickled ICE candidate ({\"completed\":true} at the end)")
    @ApiResponse(responseCode = "200", description = "the media server's answer",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"janus": "ack", "session_id": 1618033988, "transaction": "c3d4e5f6a1b2"}""")))
    @PostMapping({API + "/handles/{handle}/trickle", PAGE + "/handles/{handle}/trickle"})
    ResponseEntity<?> trickle(@PathVariable String id, @PathVariable String connection, @PathVariable long handle,
                              @RequestBody Trickle trickle, Actor actor) {
        var candidate = trickle.candidate();
        return ids(id, connection).<ResponseEntity<?>>map(i -> candidate == null ? problems.of(MeetingError.REQUEST_NOT_ALLOWED)
                        : answer(signalling.trickle(i.meeting(), i.connection(), handle, actor, candidate)))
                .orElseGet(() -> problems.of(MeetingError.CONNECTION_GONE));
    }

    @Operation(summary = "My connection's next events from the media server (waits up to 30 s)")
    @ApiResponse(responseCode = "200", description = "the media server's events",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"janus": "event", "session_id": 1618033988, "sender": 2718281828,
             "plugindata": {"plugin": "janus.plugin.videoroom", "data": {"videoroom": "event", "room": 7341, "configured": "ok"}},
             "jsep": {"type": "answer", "sdp": "v=0\\r\\no=- 1774800061 1 IN IP4 192.0.2.10\\r\\n"}}""")))
    @GetMapping({API + "/events", PAGE + "/events"})
    ResponseEntity<?> events(@PathVariable String id, @PathVariable String connection, Actor actor) {
        return ids(id, connection).<ResponseEntity<?>>map(i -> answer(signalling.events(i.meeting(), i.connection(), actor)))
                .orElseGet(() -> problems.of(MeetingError.CONNECTION_GONE));
    }

    @Operation(summary = "Leave: my connection and its media end (the meeting goes on until the host ends it)")
    @ApiResponse(responseCode = "204", description = "left", content = @Content)
    @DeleteMapping({API, PAGE})
    ResponseEntity<?> leave(@PathVariable String id, @PathVariable String connection, Actor actor) {
        var i = ids(id, connection);
        if (i.isEmpty() || !connecting.leave(i.get().meeting(), i.get().connection(), actor)) {
            return problems.of(MeetingError.CONNECTION_GONE);
        }
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<?> answer(Signalling.Relayed relayed) {
        return switch (relayed) {
            case Signalling.Relayed.Answer a -> ResponseEntity.ok(a.janus());
            case Signalling.Relayed.Refused r -> problems.of(r.error());
        };
    }

    private record Ids(UUID meeting, UUID connection) {
    }

    private static Optional<Ids> ids(String meeting, String connection) {
        return MeetingsApi.parse(meeting).flatMap(m -> MeetingsApi.parse(connection).map(c -> new Ids(m, c)));
    }
}
