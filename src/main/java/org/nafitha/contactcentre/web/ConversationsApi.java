package org.nafitha.contactcentre.web;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nafitha.contactcentre.internal.Conversation;
import org.nafitha.contactcentre.internal.OpeningConversations;
import org.nafitha.contactcentre.internal.WrittenChannel;
import org.nafitha.identity.Actor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
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

/** The written channel for the mobile app: a person's conversations with the communication centre. */
@RestController
@RequestMapping("/api/v1/conversations")
@Tag(name = "Communication centre")
@SecurityRequirement(name = "bearer")
class ConversationsApi {

    private final WrittenChannel channel;
    private final OpeningConversations openings;
    private final MessageSource messages;

    ConversationsApi(WrittenChannel channel, OpeningConversations openings, MessageSource messages) {
        this.channel = channel;
        this.openings = openings;
        this.messages = messages;
    }

    record NewConversation(@Schema(example = "استفسار عن موعد استلام الجواز") @Nullable String topic,
                           @Schema(example = "PSP-2026-000123-3") @Nullable String caseReference,
                           @Schema(example = "تمت الموافقة على تجديد جوازي، متى يمكنني استلامه؟") @Nullable String body) {
    }

    @Schema(name = "NewConversationMessage")
    record NewMessage(@Schema(example = "شكراً لكم، سأحضر يوم الأحد صباحاً") @Nullable String body) {
    }

    @Schema(name = "ConversationSummary")
    record Summary(@Schema(example = "CC-2026-004127") String reference,
                   @Schema(example = "استفسار عن موعد استلام الجواز") String topic,
                   @Schema(example = "PSP-2026-000123-3") @Nullable String caseReference,
                   @Schema(example = "ANSWERED") String status,
                   @Schema(example = "2026-03-19T10:05:12+03:00") Instant updatedAt) {

        static Summary of(Conversation c) {
            return new Summary(c.reference(), c.topic(), c.caseReference(), c.status().name(), c.updatedAt());
        }
    }

    @Schema(name = "ConversationMessage")
    record Message(boolean fromCentre, String body, Instant writtenAt) {
    }

    record Thread(String reference, String topic, @Nullable String caseReference, String status, List<Message> messages) {
    }

    @Operation(summary = "My conversations with the communication centre, the latest first")
    @GetMapping
    List<Summary> mine(Actor actor) {
        return channel.mine(actor).stream().map(Summary::of).toList();
    }

    @Operation(summary = "Write to the communication centre; 400 with the refused fields")
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
                var conversation = channel.mine(actor, started.reference()).orElseThrow();
                yield ResponseEntity.created(URI.create("/api/v1/conversations/" + started.reference())).body(thread(conversation));
            }
            case OpeningConversations.Refused refused -> {
                var problem = problem(HttpStatus.BAD_REQUEST, "contactcentre.commcentre.error." + refused.problems().getFirst().code());
                var errors = new LinkedHashMap<String, String>();
                refused.problems().forEach(p -> errors.putIfAbsent(p.field(), p.code()));
                problem.getBody().setProperty("errors", errors);
                yield problem;
            }
        };
    }

    @Operation(summary = "One of my conversations with its messages; 404 for anyone else's")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"reference": "CC-2026-004127", "topic": "استفسار عن موعد استلام الجواز", "caseReference": "PSP-2026-000123-3",
             "status": "WAITING",
             "messages": [{"fromCentre": false, "body": "تمت الموافقة على تجديد جوازي، متى يمكنني استلامه؟",
                           "writtenAt": "2026-03-19T08:40:00+03:00"},
                          {"fromCentre": true, "body": "جوازك جاهز للاستلام من فرع العليا من الأحد إلى الخميس، ٨ صباحاً إلى ٢:٣٠ ظهراً",
                           "writtenAt": "2026-03-19T10:05:12+03:00"}]}""")))
    @GetMapping("/{reference}")
    ResponseEntity<?> one(@PathVariable String reference, Actor actor) {
        return channel.mine(actor, reference.toUpperCase(Locale.ROOT)).<ResponseEntity<?>>map(c -> ResponseEntity.ok(thread(c)))
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "contactcentre.commcentre.api.notFound"));
    }

    @Operation(summary = "Write in one of my conversations; 409 when it is closed")
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
        if (conversation.isEmpty()) return problem(HttpStatus.NOT_FOUND, "contactcentre.commcentre.api.notFound");
        return switch (channel.write(actor, conversation.get(), text(body.body()))) {
            case WrittenChannel.Added added -> ResponseEntity.status(HttpStatus.CREATED)
                    .body(thread(channel.mine(actor, conversation.get().reference()).orElseThrow()));
            case WrittenChannel.NotAdded not -> problem(not.field() == null ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
                    not.messageKey());
        };
    }

    private Thread thread(Conversation c) {
        return new Thread(c.reference(), c.topic(), c.caseReference(), c.status().name(), channel.messages(c).stream()
                .map(m -> new Message(m.fromStaff(), m.body(), m.writtenAt())).toList());
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key) {
        var problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(key, null, key, LocaleContextHolder.getLocale()));
        // the API's codes stay as published (commcentre.…): the message key without the module's prefix
        problem.setProperty("code", key.substring(key.indexOf('.') + 1));
        return ResponseEntity.status(status).body(problem);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
