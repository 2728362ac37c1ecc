package org.nafitha.appointments.web;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.appointments.internal.officials.MeetingRequest;
import org.nafitha.appointments.internal.officials.Officials;
import org.nafitha.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Meeting an official, as on the officials' pages: following my requests. Who receives and when is
 * {@link OfficialsApi}, asking for a meeting {@link AskingOfficialsApi}. Staff get 403 as on the page.
 */
@RestController
@Tag(name = "Meeting officials")
@SecurityRequirement(name = "bearer")
class MeetingRequestsApi {

    private final Officials officials;

    MeetingRequestsApi(Officials officials) {
        this.officials = officials;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RequestView(UUID id, String official, String subject, @Nullable String caseReference, String mode,
                       String status, Instant createdAt, OfficialsApi.@Nullable SessionView slot, @Nullable String reason,
                       @Nullable String referredTo, @Nullable Instant decidedAt, boolean interpreter,
                       @Nullable String interpreterNote) {

        static RequestView of(MeetingRequest r, Officials officials) {
            var slot = r.sessionId() == null ? null : officials.session(r.sessionId()).map(OfficialsApi.SessionView::of).orElse(null);
            return new RequestView(r.id(), r.officialId(), r.subject(), r.caseReference(), r.mode().name(), r.status().name(),
                    r.createdAt(), slot, r.reason(), r.referredTo(), r.decidedAt(), r.interpreter(), r.interpreterNote());
        }
    }

    @Operation(summary = "My requests to meet an official, newest first")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(type = "object")),
            examples = @ExampleObject(value = """
            [{"id": "5d8e2a41-7b3c-4f9e-8a16-0c2b9d4e7f31", "official": "passports-director",
             "subject": "تأخر إصدار جواز ابني رغم اكتمال المستندات منذ شهرين", "caseReference": "PSI-2026-001207-3",
             "mode": "IN_PERSON", "status": "OPEN", "createdAt": "2026-03-14T09:30:00+03:00"}]""")))
    @GetMapping("/api/v1/meeting-requests")
    ResponseEntity<?> mine(Actor actor) {
        if (notAPerson(actor)) return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemDetail.forStatus(HttpStatus.FORBIDDEN));
        return ResponseEntity.ok(officials.ofPerson(actor.nationalId()).stream().map(r -> RequestView.of(r, officials)).toList());
    }

    @Operation(summary = "One of my meeting requests: its status, the slot given, the reason of a decline or the referral")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "5d8e2a41-7b3c-4f9e-8a16-0c2b9d4e7f31", "official": "passports-director",
             "subject": "تأخر إصدار جواز ابني رغم اكتمال المستندات منذ شهرين", "caseReference": "PSI-2026-001207-3",
             "mode": "IN_PERSON", "status": "ACCEPTED", "createdAt": "2026-03-14T09:30:00+03:00",
             "slot": {"id": 17, "official": "passports-director", "startsAt": "2026-03-29T19:00:00+03:00", "minutes": 120,
               "place": {"ar": "ديوان وزارة الداخلية — الرياض", "en": "Ministry of Interior court — Riyadh"}},
             "decidedAt": "2026-03-17T13:00:00+03:00"}""")))
    @GetMapping("/api/v1/meeting-requests/{id}")
    ResponseEntity<?> one(@PathVariable String id, Actor actor) {
        var person = actor.nationalId();
        return parse(id).flatMap(officials::request).filter(r -> !notAPerson(actor) && r.person().equals(person))
                .<ResponseEntity<?>>map(r -> ResponseEntity.ok(RequestView.of(r, officials)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatus(HttpStatus.NOT_FOUND)));
    }

    static boolean notAPerson(Actor actor) {
        return actor.isStaff() || actor.nationalId() == null;
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
