package org.nafitha.meetings.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.errors.Problems;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.meetings.MeetingError;
import org.nafitha.meetings.MeetingsProperties;
import org.nafitha.meetings.internal.Interpreting;
import org.nafitha.meetings.internal.JoiningMeetings;
import org.nafitha.meetings.internal.Meeting;
import org.nafitha.meetings.internal.RunningMeetings;
import org.nafitha.meetings.internal.TurnCredentials;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
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
 * A booked video meeting's room: its state for the participants, joining it (a one-use token and
 * TURN credentials), the host's admitting and ending and assigning a sign-language interpreter. Anyone
 * not taking part gets 404. The
 * call page's script calls the same operations under {@code /meetings/} with its session.
 */
@RestController
@Tag(name = "Video meetings")
@SecurityRequirement(name = "bearer")
class MeetingsApi {

    /** A meeting as the API shows it, the example of every operation that answers with one. */
    static final String MEETING_EXAMPLE = """
            {"id": "2e9b4f17-8c3d-4a52-b6e1-0f7a3d9c5b28", "kind": "OFFICIAL", "status": "OPEN",
             "opensAt": "2026-03-29T18:50:00+03:00", "startsAt": "2026-03-29T19:00:00+03:00", "endsAt": "2026-03-29T19:20:00+03:00",
             "admitted": true,
             "participants": [{"role": "PERSON", "person": "1047382914", "department": null, "connected": true},
                              {"role": "HOST", "person": null, "department": "passports", "connected": true},
                              {"role": "INTERPRETER", "person": null, "department": null, "connected": true}],
             "interpreterAsked": true, "interpreterNote": "لغة الإشارة السعودية",
             "recording": "RECORDING", "endedAt": null, "endedBy": null,
             "mayBeWatched": false}""";

    private final JoiningMeetings joining;
    private final RunningMeetings running;
    private final Interpreting interpreting;
    private final Problems problems;
    private final MeetingsProperties properties;
    private final Clock clock;

    MeetingsApi(JoiningMeetings joining, RunningMeetings running, Interpreting interpreting, Problems problems,
                MeetingsProperties properties, Clock clock) {
        this.joining = joining;
        this.running = running;
        this.interpreting = interpreting;
        this.problems = problems;
        this.properties = properties;
        this.clock = clock;
    }

    record Participant(String role, @Nullable String person, @Nullable String department, boolean connected) {
    }

    /**
     * {@code mayBeWatched}: a video visit, which the facility's security may watch live without being listed.
     * {@code interpreterAsked}: the person asked for a sign-language interpreter at booking (with their note);
     * the interpreter is listed among the participants once the host assigned one.
     */
    record MeetingView(UUID id, String kind, String status, Instant opensAt, Instant startsAt, Instant endsAt,
                       boolean admitted, List<Participant> participants, boolean interpreterAsked,
                       @Nullable String interpreterNote, String recording, @Nullable Instant endedAt,
                       @Nullable String endedBy, boolean mayBeWatched) {
    }

    /** The host's choice of interpreter: the username of one of the ministry's sign-language interpreters. */
    @Schema(name = "AssignInterpreter", example = """
            {"interpreter": "interpreter1"}""")
    record AssignRequest(@Nullable String interpreter) {
    }

    /** What the person says on joining: a video visit's family member accepts its recording. */
    @Schema(name = "JoinMeeting", example = """
            {"recordingAccepted": true}""")
    record JoinRequest(@Nullable Boolean recordingAccepted) {
    }

    record JoinView(long room, String token, List<TurnCredentials.IceServer> iceServers, Instant expiresAt) {
    }

    @Operation(summary = "A video meeting I take part in: its status, participants and recording state (404 otherwise)")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = MEETING_EXAMPLE)))
    @GetMapping({"/api/v1/meetings/{id}", "/meetings/{id}/state"})
    ResponseEntity<?> one(@PathVariable String id, Actor actor) {
        return parse(id).flatMap(uuid -> joining.of(uuid, actor))
                .<ResponseEntity<?>>map(m -> ResponseEntity.ok(view(m)))
                .orElseGet(() -> problems.of(MeetingError.NOT_FOUND));
    }

    @Operation(summary = "Join a video meeting's room: a one-use join token for the room and TURN credentials. "
            + "404 for anyone not taking part, 409 before the room opens or after it closed; a video visit is recorded "
            + "as its condition, so its family member joins with recordingAccepted=true (422 otherwise)")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"room": 7341, "token": "jt_9QmZ2xV7kR4pL8sN1cW6", "expiresAt": "2026-03-29T19:01:00+03:00",
             "iceServers": [{"urls": ["turn:turn.nafitha.moi.gov.sa:3478?transport=udp"], "username": "1774800060:1047382914",
                             "credential": "bWVldGluZy10dXJuLWNyZWRlbnRpYWw="}]}""")))
    @PostMapping({"/api/v1/meetings/{id}/join", "/meetings/{id}/join"})
    ResponseEntity<?> join(@PathVariable String id, @RequestBody(required = false) @Nullable JoinRequest body,
                           Actor actor) {
        var uuid = parse(id);
        if (uuid.isEmpty()) return problems.of(MeetingError.NOT_FOUND);
        var accepted = body != null && Boolean.TRUE.equals(body.recordingAccepted());
        return answer(joining.join(uuid.get(), actor, accepted));
    }

    @Operation(summary = "A security officer of the facility watches a video visit live: a one-use join token and TURN "
            + "credentials to subscribe to its feeds (never to publish; not listed among the participants). Every watch "
            + "is audited. 404 for anyone else and for other meetings, 409 outside the window")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"room": 5821, "token": "jt_4HvN8qT2mW6yB1xK9cR3", "expiresAt": "2026-04-02T10:29:00+03:00",
             "iceServers": [{"urls": ["turn:turn.nafitha.moi.gov.sa:3478?transport=udp"], "username": "1775115300:prison-security1",
                             "credential": "c2VjdXJpdHktd2F0Y2gtdHVybg=="}]}""")))
    @PostMapping({"/api/v1/meetings/{id}/watch", "/meetings/{id}/watch"})
    ResponseEntity<?> watch(@PathVariable String id, Actor actor) {
        var uuid = parse(id);
        if (uuid.isEmpty()) return problems.of(MeetingError.NOT_FOUND);
        return answer(joining.watch(uuid.get(), actor));
    }

    /** A join token and TURN credentials for a participant or a viewer alike, or the refusal. */
    private ResponseEntity<?> answer(JoiningMeetings.Outcome outcome) {
        return switch (outcome) {
            case JoiningMeetings.Outcome.Joined j -> ResponseEntity.ok(
                    new JoinView(j.meeting().room(), j.token(), j.iceServers(), j.expiresAt()));
            case JoiningMeetings.Outcome.Refused r -> problems.of(r.error());
        };
    }

    @Operation(summary = "The host admits the person waiting (403 for the person, 409 outside the window)")
    @ApiResponse(responseCode = "200", description = "the meeting, with the person admitted",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = MEETING_EXAMPLE)))
    @PostMapping({"/api/v1/meetings/{id}/admit", "/meetings/{id}/admit"})
    ResponseEntity<?> admit(@PathVariable String id, Actor actor) {
        return done(parse(id).map(uuid -> running.admit(uuid, actor)).orElse(Optional.of(MeetingError.NOT_FOUND)), id, actor);
    }

    @Operation(summary = "The host ends the meeting: the room is closed and its recording is stored")
    @ApiResponse(responseCode = "200", description = "the meeting, ended",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "2e9b4f17-8c3d-4a52-b6e1-0f7a3d9c5b28", "kind": "OFFICIAL", "status": "ENDED",
             "opensAt": "2026-03-29T18:50:00+03:00", "startsAt": "2026-03-29T19:00:00+03:00", "endsAt": "2026-03-29T19:20:00+03:00",
             "admitted": true,
             "participants": [{"role": "PERSON", "person": "1047382914", "department": null, "connected": true},
                              {"role": "HOST", "person": null, "department": "passports", "connected": true},
                              {"role": "INTERPRETER", "person": null, "department": null, "connected": true}],
             "interpreterAsked": true, "interpreterNote": "لغة الإشارة السعودية",
             "recording": "PROCESSING", "endedAt": "2026-03-29T19:18:42+03:00", "endedBy": "HOST",
             "mayBeWatched": false}""")))
    @PostMapping({"/api/v1/meetings/{id}/end", "/meetings/{id}/end"})
    ResponseEntity<?> end(@PathVariable String id, Actor actor) {
        return done(parse(id).map(uuid -> running.end(uuid, actor)).orElse(Optional.of(MeetingError.NOT_FOUND)), id, actor);
    }

    @Operation(summary = "The host assigns a sign-language interpreter (the username of staff with the INTERPRETER role) "
            + "to a meeting whose person asked for one at booking; another assignment replaces it. The interpreter "
            + "then joins as the third participant. 403 for anyone but the host, 409 when no interpreter was asked for "
            + "or the meeting is over, 422 when the one named is not an interpreter")
    @ApiResponse(responseCode = "200", description = "the meeting, with its interpreter among the participants",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "2e9b4f17-8c3d-4a52-b6e1-0f7a3d9c5b28", "kind": "OFFICIAL", "status": "BOOKED",
             "opensAt": "2026-03-29T18:50:00+03:00", "startsAt": "2026-03-29T19:00:00+03:00", "endsAt": "2026-03-29T19:20:00+03:00",
             "admitted": false,
             "participants": [{"role": "PERSON", "person": "1047382914", "department": null, "connected": false},
                              {"role": "OFFICIAL", "person": null, "department": "passports", "connected": false},
                              {"role": "INTERPRETER", "person": null, "department": null, "connected": false}],
             "interpreterAsked": true, "interpreterNote": "لغة الإشارة السعودية",
             "recording": "PLANNED", "endedAt": null, "endedBy": null, "mayBeWatched": false}""")))
    @PutMapping("/api/v1/meetings/{id}/interpreter")
    ResponseEntity<?> interpreter(@PathVariable String id, @RequestBody(required = false) @Nullable AssignRequest body,
                                  Actor actor) {
        var uuid = parse(id);
        if (uuid.isEmpty()) return problems.of(MeetingError.NOT_FOUND);
        var who = body == null || body.interpreter() == null ? "" : body.interpreter().strip();
        return done(interpreting.assign(uuid.get(), actor, who), id, actor);
    }

    private ResponseEntity<?> done(Optional<MeetingError> refused, String id, Actor actor) {
        return refused.<ResponseEntity<?>>map(problems::of).orElseGet(() -> one(id, actor));
    }

    private MeetingView view(Meeting m) {
        var present = running.present(m.id());
        var participants = new ArrayList<>(List.of(
                new Participant("PERSON", m.person(), null, present.contains(RunningMeetings.Side.PERSON)),
                new Participant(m.hostRole().name(), null, m.hostDepartment(), present.contains(RunningMeetings.Side.HOST))));
        if (m.interpreting().interpreter() != null) {
            participants.add(new Participant(Role.INTERPRETER.name(), null, null,
                    present.contains(RunningMeetings.Side.INTERPRETER)));
        }
        return new MeetingView(m.id(), m.kind().name(), m.status(clock.instant(), properties.opensBefore()).name(),
                m.opensAt(properties.opensBefore()), m.startsAt(), m.endsAt(), m.admitted(), List.copyOf(participants),
                m.interpreting().asked(), m.interpreting().note(), m.recording().name(), m.endedAt(), m.endedBy(),
                m.mayBeWatched());
    }

    static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
