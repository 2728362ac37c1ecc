package org.nafitha.contactcentre.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nafitha.contactcentre.internal.OpeningConversations;
import org.nafitha.contactcentre.internal.WrittenChannel;
import org.nafitha.errors.Problems;
import org.nafitha.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The written channel for the mobile app: a person writes to the communication centre, a new conversation
 * or in one of theirs. Its operations keep the ids they were published under in {@link ConversationsApi}.
 */
@RestController
@RequestMapping("/api/v1/conversations")
@Tag(name = "Communication centre")
@SecurityRequirement(name = "bearer")
class ConversationWritingApi {

    private final WrittenChannel channel;
    private final OpeningConversations openings;
    private final Problems problems;

    ConversationWritingApi(WrittenChannel channel, OpeningConversations openings, Problems problems) {
        this.channel = channel;
        this.openings = openings;
        this.problems = problems;
    }

    @Operation(operationId = "conversationsOpen", summary = "Write to the communication centre; 400 with the refused fields")
    @ApiResponse(responseCode = "201", description = "opened",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"reference": "CC-2026-004127", "topic": "استفسار عن موعد استلام الجواز", "caseReference": "PSP-2026-000123-3",
             "status": "WAITING",
             "messages": [{"fromCentre": false, "body": "تمت الموافقة على تجديد جوازي، متى يمكنني استلامه؟",
                           "writtenAt": "2026-03-19T08:40:00+03:00"}]}""")))
    @PostMapping
    ResponseEntity<?> open(@RequestBody NewConversation body, Actor actor) {
        var opening = new OpeningConversations.Opening(text(body.topic()), text(body.caseReference()),
                text(body.body()));
        return switch (openings.open(actor, opening)) {
            case OpeningConversations.Started started -> {
                yield ResponseEntity.created(URI.create("/api/v1/conversations/" + started.reference()))
                        .body(thread(actor, started.reference()));
            }
            case OpeningConversations.Refused refused -> {
                var problem = problems.of(CentreError.byKey("contactcentre.commcentre.error." + refused.problems().getFirst().code()));
                var errors = new LinkedHashMap<String, String>();
                refused.problems().forEach(p -> errors.putIfAbsent(p.field(), p.code()));
                problem.getBody().setProperty("errors", errors);
                yield problem;
            }
        };
    }

    @Operation(operationId = "conversationsWrite", summary = "Write in one of my conversations; 409 when it is closed")
    @ApiResponse(responseCode = "201", description = "the conversation with my message",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"reference": "CC-2026-004127", "topic": "استفسار عن موعد استلام الجواز", "caseReference": "PSP-2026-000123-3",
             "status": "WAITING",
             "messages": [{"fromCentre": false, "body": "تمت الموافقة على تجديد جوازي، متى يمكنني استلامه؟",
                           "writtenAt": "2026-03-19T08:40:00+03:00"},
                          {"fromCentre": false, "body": "شكراً لكم، سأحضر يوم الأحد صباحاً", "writtenAt": "2026-03-19T10:20:44+03:00"}]}""")))
    @PostMapping("/{reference}/messages")
    ResponseEntity<?> write(@PathVariable String reference, @RequestBody NewMessage body, Actor actor) {
        var conversation = channel.mine(actor, reference.toUpperCase(Locale.ROOT));
        if (conversation.isEmpty()) return problems.of(CentreError.NOT_FOUND);
        return switch (channel.write(actor, conversation.get(), text(body.body()))) {
            case WrittenChannel.Added added -> ResponseEntity.status(HttpStatus.CREATED)
                    .body(thread(actor, conversation.get().reference()));
            case WrittenChannel.NotAdded not -> problems.of(CentreError.byKey(not.messageKey()));
        };
    }

    private ConversationThread thread(Actor actor, String reference) {
        var conversation = channel.mine(actor, reference).orElseThrow();
        return ConversationThread.of(conversation, channel.messages(conversation));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
