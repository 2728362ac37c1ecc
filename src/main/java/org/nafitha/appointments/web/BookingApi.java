package org.nafitha.appointments.web;

import java.net.URI;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.nafitha.appointments.internal.BookingAppointments;
import org.nafitha.appointments.internal.BookingOutcome;
import org.nafitha.appointments.internal.BookingRequest;
import org.nafitha.appointments.internal.BookingThrottle;
import org.nafitha.appointments.internal.Refusal;
import org.nafitha.country.Calendars;
import org.nafitha.errors.Problems;
import org.nafitha.identity.Actor;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/** Booking through the API: the same Idempotency-Key with the same body returns the same appointment. */
@RestController
@RequestMapping("/api/v1/appointments")
@Tag(name = "Appointments")
@SecurityRequirement(name = "bearer")
class BookingApi {

    private final BookingAppointments booking;
    private final BookingThrottle throttle;
    private final Calendars calendars;
    private final Problems problems;

    BookingApi(BookingAppointments booking, BookingThrottle throttle, Calendars calendars, Problems problems) {
        this.booking = booking;
        this.throttle = throttle;
        this.calendars = calendars;
        this.problems = problems;
    }

    record NewAppointment(@Schema(example = "passport-issue") @Nullable String service,
                          @Schema(example = "riyadh-passports-olaya") @Nullable String office,
                          @Schema(example = "2026-03-22T09:30:00+03:00") @Nullable String start,
                          @Schema(example = "PSI-2026-001207-3") @Nullable String caseReference,
                          @Schema(example = "2193746506") @Nullable String onBehalfOf) {
    }

    record Entered(String status, Instant drawAt) {
    }

    @Operation(operationId = "appointmentsBook",
            summary = "Book. The same Idempotency-Key with the same body returns the same appointment; 409 when the slot is gone")
    @ApiResponse(responseCode = "201", description = "booked (the same key again: the same appointment)",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "K7M3Q9TX", "service": "passport-issue", "office": "riyadh-passports-olaya",
             "start": "2026-03-22T09:30:00+03:00", "end": "2026-03-22T09:45:00+03:00", "status": "BOOKED",
             "caseReference": "PSI-2026-001207-3", "person": "1047382914"}""")))
    @ApiResponse(responseCode = "202", description = "entered in the draw for a day in demand",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"status": "IN_DRAW", "drawAt": "2026-03-15T20:00:00+03:00"}""")))
    @PostMapping
    ResponseEntity<?> book(@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
                           @RequestBody NewAppointment body, Actor actor, HttpServletRequest http) {
        if (key == null || key.isBlank() || key.length() > 128) {
            return problem(Refusal.IDEMPOTENCY_KEY_REQUIRED);
        }
        var start = BookingInput.parseStart(body.start());
        if (body.service() == null || body.office() == null || start.isEmpty()) return problem(Refusal.INVALID_START);
        if (!throttle.allow(actor.username(), http.getRemoteAddr())) return problem(Refusal.RATE_LIMITED);
        var outcome = booking.book(new BookingRequest(actor, body.onBehalfOf(), body.service(), body.office(), start.get(),
                body.caseReference(), key));
        return switch (outcome) {
            case BookingOutcome.Booked b -> ResponseEntity.created(URI.create("/api/v1/appointments/" + b.appointment().code()))
                    .header("Idempotent-Replayed", String.valueOf(b.replay())).body(AppointmentsApi.View.of(b.appointment(), calendars));
            case BookingOutcome.EnteredDraw d -> ResponseEntity.accepted().body(new Entered("IN_DRAW", d.drawAt()));
            case BookingOutcome.Refused r -> problem(r.reason());
        };
    }

    private ResponseEntity<ProblemDetail> problem(Refusal refusal) {
        return problems.of(refusal);
    }
}
