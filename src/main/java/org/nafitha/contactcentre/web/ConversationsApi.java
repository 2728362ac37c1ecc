package org.nafitha.contactcentre.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nafitha.contactcentre.internal.Conversation;
import org.nafitha.contactcentre.internal.WrittenChannel;
import org.nafitha.errors.Problems;
import org.nafitha.identity.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
 * The written channel for the mobile app: a person's conversations with the communication centre
 * ({@link ConversationWritingApi}: writing to it).
 */
@RestController
@RequestMapping("/api/v1/conversations")
@Tag(name = "Communication centre")
@SecurityRequirement(name = "bearer")
class ConversationsApi {

    private final WrittenChannel channel;
    private final Problems problems;

    ConversationsApi(WrittenChannel channel, Problems problems) {
        this.channel = channel;
        this.problems = problems;
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

    @Operation(summary = "My conversations with the communication centre, the latest first")
    @GetMapping
    List<Summary> mine(Actor actor) {
        return channel.mine(actor).stream().map(Summary::of).toList();
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
        return channel.mine(actor, reference.toUpperCase(Locale.ROOT))
                .<ResponseEntity<?>>map(c -> ResponseEntity.ok(ConversationThread.of(c, channel.messages(c))))
                .orElseGet(() -> problems.of(CentreError.NOT_FOUND));
    }
}
