package org.nafitha.appointments.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.nafitha.appointments.internal.Appointment;
import org.nafitha.appointments.internal.ChangingAppointments;
import org.nafitha.appointments.internal.Refusal;
import org.nafitha.country.Calendars;
import org.nafitha.errors.Problems;
import org.nafitha.identity.Actor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
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
 * Appointments for the mobile app and partners: one of mine, move, cancel. Free slots are {@link SlotsApi},
 * booking (idempotent) {@link BookingApi}.
 */
@RestController
@RequestMapping("/api/v1/appointments")
@Tag(name = "Appointments")
@SecurityRequirement(name = "bearer")
class AppointmentsApi {

    private final ChangingAppointments changing;
    private final Calendars calendars;
    private final Problems problems;

    AppointmentsApi(ChangingAppointments changing, Calendars calendars, Problems problems) {
        this.changing = changing;
        this.calendars = calendars;
        this.problems = problems;
    }

    record Move(@Schema(example = "2026-03-24T11:00:00+03:00") @Nullable String start) {
    }

    record View(@Schema(example = "K7M3Q9TX") String id, @Schema(example = "passport-issue") String service,
                @Schema(example = "riyadh-passports-olaya") String office,
                @Schema(example = "2026-03-22T09:30:00+03:00") Instant start,
                @Schema(example = "2026-03-22T09:45:00+03:00") Instant end,
                @Schema(example = "BOOKED") String status,
                @Schema(example = "PSI-2026-001207-3") @Nullable String caseReference,
                @Schema(example = "1047382914") String person,
                @Schema(description = "the start as people read it, Gregorian and Hijri, in the request's language",
                        example = "الأحد ٢٢ مارس ٢٠٢٦ م — ٣ شوال ١٤٤٧ هـ، ٠٩:٣٠") String startReadable) {

        /** @param calendars the country's: the readable start in the request's language (Accept-Language) */
        static View of(Appointment a, Calendars calendars) {
            return new View(a.code(), a.serviceCode(), a.officeId(), a.startsAt(), a.endsAt(), a.status().name(),
                    a.caseReference(), a.person(), calendars.dateTime(a.startsAt(), LocaleContextHolder.getLocale()));
        }
    }

    @Operation(summary = "One of my appointments")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "K7M3Q9TX", "service": "passport-issue", "office": "riyadh-passports-olaya",
             "start": "2026-03-22T09:30:00+03:00", "end": "2026-03-22T09:45:00+03:00", "status": "BOOKED",
             "caseReference": "PSI-2026-001207-3", "person": "1047382914"}""")))
    @GetMapping("/{id}")
    ResponseEntity<?> one(@PathVariable String id, Actor actor) {
        return changing.mine(actor, id).<ResponseEntity<?>>map(a -> ResponseEntity.ok(View.of(a, calendars)))
                .orElseGet(() -> problem(Refusal.NOT_FOUND));
    }

    @Operation(summary = "Cancel (until the cut-off)")
    @ApiResponse(responseCode = "204", description = "cancelled", content = @Content)
    @DeleteMapping("/{id}")
    ResponseEntity<?> cancel(@PathVariable String id, Actor actor) {
        return changing.cancel(actor, id).<ResponseEntity<?>>map(this::problem).orElseGet(() -> ResponseEntity.noContent().build());
    }

    @Operation(summary = "Move to another start at the same office (until the cut-off); 409 when that slot is gone")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "K7M3Q9TX", "service": "passport-issue", "office": "riyadh-passports-olaya",
             "start": "2026-03-24T11:00:00+03:00", "end": "2026-03-24T11:15:00+03:00", "status": "BOOKED",
             "caseReference": "PSI-2026-001207-3", "person": "1047382914"}""")))
    @PutMapping("/{id}")
    ResponseEntity<?> move(@PathVariable String id, @RequestBody Move body, Actor actor) {
        var start = BookingInput.parseStart(body.start());
        if (start.isEmpty()) return problem(Refusal.INVALID_START);
        var refusal = changing.reschedule(actor, id, start.get());
        if (refusal.isPresent()) return problem(refusal.get());
        return ResponseEntity.ok(View.of(changing.mine(actor, id).orElseThrow(), calendars));
    }

    private ResponseEntity<ProblemDetail> problem(Refusal refusal) {
        return problems.of(refusal);
    }
}
