package org.nafitha.meetings.web;

import org.nafitha.errors.Problems;
import org.nafitha.identity.Actor;
import org.nafitha.meetings.MeetingError;
import org.nafitha.meetings.internal.Signalling;
import org.springframework.http.ResponseEntity;
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

/**
 * Signalling through a meeting's connection ({@link ConnectionsApi}, whose operation ids these keep):
 * the browser's VideoRoom requests, trickled ICE candidates and the events' long poll, relayed to
 * Janus (see {@link Signalling} for what is allowed).
 */
@RestController
@Tag(name = "Video meetings")
@SecurityRequirement(name = "bearer")
class SignallingApi {

    private final Signalling signalling;
    private final Problems problems;

    SignallingApi(Signalling signalling, Problems problems) {
        this.signalling = signalling;
        this.problems = problems;
    }

    @Operation(operationId = "connectionsAttach", summary = "Attach another VideoRoom handle to my connection (to receive the other side)")
    @ApiResponse(responseCode = "200", description = "the media server's answer",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"janus": "success", "transaction": "a1b2c3d4e5f6", "data": {"id": 3141592653}}""")))
    @PostMapping({ConnectionsApi.API + "/handles", ConnectionsApi.PAGE + "/handles"})
    ResponseEntity<?> attach(@PathVariable String id, @PathVariable String connection, Actor actor) {
        return ConnectionIds.parse(id, connection).<ResponseEntity<?>>map(i -> answer(signalling.attach(i.meeting(), i.connection(), actor)))
                .orElseGet(() -> problems.of(MeetingError.CONNECTION_GONE));
    }

    @Operation(operationId = "connectionsMessage", summary = "A VideoRoom request (join, configure, publish, unpublish, start, pause, leave) with its JSEP")
    @ApiResponse(responseCode = "200", description = "the media server's answer",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"janus": "ack", "session_id": 1618033988, "transaction": "b2c3d4e5f6a1"}""")))
    @PostMapping({ConnectionsApi.API + "/handles/{handle}/message", ConnectionsApi.PAGE + "/handles/{handle}/message"})
    ResponseEntity<?> message(@PathVariable String id, @PathVariable String connection, @PathVariable long handle,
                              @RequestBody SignalMessage message, Actor actor) {
        var body = message.body();
        return ConnectionIds.parse(id, connection).<ResponseEntity<?>>map(i -> body == null ? problems.of(MeetingError.REQUEST_NOT_ALLOWED)
                : answer(signalling.message(i.meeting(), i.connection(), handle, actor, body, message.jsep())))
                .orElseGet(() -> problems.of(MeetingError.CONNECTION_GONE));
    }

    @Operation(operationId = "connectionsTrickle", summary = "A trickled ICE candidate ({\"completed\":true} at the end)")
    @ApiResponse(responseCode = "200", description = "the media server's answer",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"janus": "ack", "session_id": 1618033988, "transaction": "c3d4e5f6a1b2"}""")))
    @PostMapping({ConnectionsApi.API + "/handles/{handle}/trickle", ConnectionsApi.PAGE + "/handles/{handle}/trickle"})
    ResponseEntity<?> trickle(@PathVariable String id, @PathVariable String connection, @PathVariable long handle,
                              @RequestBody Trickle trickle, Actor actor) {
        var candidate = trickle.candidate();
        return ConnectionIds.parse(id, connection).<ResponseEntity<?>>map(i -> candidate == null ? problems.of(MeetingError.REQUEST_NOT_ALLOWED)
                        : answer(signalling.trickle(i.meeting(), i.connection(), handle, actor, candidate)))
                .orElseGet(() -> problems.of(MeetingError.CONNECTION_GONE));
    }

    @Operation(operationId = "connectionsEvents", summary = "My connection's next events from the media server (waits up to 30 s)")
    @ApiResponse(responseCode = "200", description = "the media server's events",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"janus": "event", "session_id": 1618033988, "sender": 2718281828,
             "plugindata": {"plugin": "janus.plugin.videoroom", "data": {"videoroom": "event", "room": 7341, "configured": "ok"}},
             "jsep": {"type": "answer", "sdp": "v=0\\r\\no=- 1774800061 1 IN IP4 192.0.2.10\\r\\n"}}""")))
    @GetMapping({ConnectionsApi.API + "/events", ConnectionsApi.PAGE + "/events"})
    ResponseEntity<?> events(@PathVariable String id, @PathVariable String connection, Actor actor) {
        return ConnectionIds.parse(id, connection).<ResponseEntity<?>>map(i -> answer(signalling.events(i.meeting(), i.connection(), actor)))
                .orElseGet(() -> problems.of(MeetingError.CONNECTION_GONE));
    }

    private ResponseEntity<?> answer(Signalling.Relayed relayed) {
        return switch (relayed) {
            case Signalling.Relayed.Answer a -> ResponseEntity.ok(a.janus());
            case Signalling.Relayed.Refused r -> problems.of(r.error());
        };
    }
}
