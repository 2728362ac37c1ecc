package org.nafitha.meetings.web;

import java.net.URI;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.nafitha.errors.Problems;
import org.nafitha.identity.Actor;
import org.nafitha.meetings.MeetingError;
import org.nafitha.meetings.internal.MeetingChat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The text chat beside the call for apps, under {@code /api/v1/meetings/{id}/messages} (on the call
 * page: {@link MeetingChatPages}). Anyone not taking part gets 404.
 */
@Controller
@Tag(name = "Video meetings")
@SecurityRequirement(name = "bearer")
class MeetingChatting {

    record MessageView(long id, String side, String text, Instant writtenAt) {
    }

    record SaidRequest(@Schema(example = "أرسلت لكم صورة الإقامة، هل تظهر لديكم بوضوح؟") @Nullable String text) {
    }

    private final MeetingChat chat;
    private final Problems problems;

    MeetingChatting(MeetingChat chat, Problems problems) {
        this.chat = chat;
        this.problems = problems;
    }

    @Operation(summary = "The meeting's chat messages after a given one (all with after=0), oldest first; 404 for "
            + "anyone not taking part")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(type = "object")),
            examples = @ExampleObject(value = """
            [{"id": 12, "side": "HOST", "text": "مرحباً، نرجو عرض أصل الإقامة أمام الكاميرا", "writtenAt": "2026-03-29T19:02:10+03:00"},
             {"id": 13, "side": "PERSON", "text": "أرسلت لكم صورة الإقامة، هل تظهر لديكم بوضوح؟", "writtenAt": "2026-03-29T19:03:45+03:00"}]""")))
    @GetMapping("/api/v1/meetings/{id}/messages")
    @ResponseBody
    ResponseEntity<?> list(@PathVariable String id, @RequestParam(defaultValue = "0") long after, Actor actor) {
        return MeetingsApi.parse(id).flatMap(uuid -> chat.read(uuid, actor, after))
                .<ResponseEntity<?>>map(list -> ResponseEntity.ok(list.stream().map(MeetingChatting::view).toList()))
                .orElseGet(() -> problems.of(MeetingError.NOT_FOUND));
    }

    @Operation(summary = "Send a chat message to the other participant (1 to 1000 characters) while the room is open; "
            + "the same Idempotency-Key again returns the message already sent. 409 before admission or outside the "
            + "window, 422 for an empty or too long text")
    @ApiResponse(responseCode = "201", description = "sent",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": 13, "side": "PERSON", "text": "أرسلت لكم صورة الإقامة، هل تظهر لديكم بوضوح؟", "writtenAt": "2026-03-29T19:03:45+03:00"}""")))
    @PostMapping("/api/v1/meetings/{id}/messages")
    @ResponseBody
    ResponseEntity<?> say(@PathVariable String id, @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
                          @RequestBody SaidRequest body, Actor actor) {
        var uuid = MeetingsApi.parse(id);
        if (uuid.isEmpty()) return problems.of(MeetingError.NOT_FOUND);
        if (key == null || key.isBlank() || key.length() > 64) return problems.of(MeetingError.IDEMPOTENCY_KEY);
        return switch (chat.say(uuid.get(), actor, body.text() == null ? "" : body.text(), key)) {
            case MeetingChat.Said.Kept kept -> ResponseEntity.created(URI.create("/api/v1/meetings/" + uuid.get()
                    + "/messages?after=" + (kept.message().id() - 1))).body(view(kept.message()));
            case MeetingChat.Said.Refused refused -> problems.of(refused.error());
        };
    }

    private static MessageView view(MeetingChat.Message m) {
        return new MessageView(m.id(), m.side().name(), m.text(), m.writtenAt());
    }
}
