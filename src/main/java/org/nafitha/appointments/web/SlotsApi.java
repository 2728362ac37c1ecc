package org.nafitha.appointments.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;

import org.nafitha.appointments.AppointmentsProperties;
import org.nafitha.appointments.internal.Offices;
import org.nafitha.appointments.internal.Refusal;
import org.nafitha.appointments.internal.Slots;
import org.nafitha.errors.Problems;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** An office's free slots for a service, for an app that books: from a day to a day, at most 31 days. */
@RestController
@RequestMapping("/api/v1/appointments")
@Tag(name = "Appointments")
@SecurityRequirement(name = "bearer")
class SlotsApi {

    private static final int MAX_DAYS = 31;

    private final Offices offices;
    private final Slots slots;
    private final AppointmentsProperties properties;
    private final Problems problems;
    private final Clock clock;

    SlotsApi(Offices offices, Slots slots, AppointmentsProperties properties, Problems problems, Clock clock) {
        this.offices = offices;
        this.slots = slots;
        this.properties = properties;
        this.problems = problems;
        this.clock = clock;
    }

    record FreeSlot(Instant start, Instant end, int available) {
    }

    @Operation(operationId = "appointmentsSlots",
            summary = "Free slots of an office for a service, from and to (dates, at most 31 days)")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(type = "object")),
            examples = @ExampleObject(value = """
            [{"start": "2026-03-22T09:30:00+03:00", "end": "2026-03-22T09:45:00+03:00", "available": 3},
             {"start": "2026-03-22T09:45:00+03:00", "end": "2026-03-22T10:00:00+03:00", "available": 1}]""")))
    @GetMapping("/slots")
    ResponseEntity<?> slots(@RequestParam String service, @RequestParam String office, @RequestParam String from,
                            @RequestParam String to) {
        var place = offices.find(office);
        if (place.isEmpty()) return problem(Refusal.UNKNOWN_OFFICE);
        var minutes = offices.minutes(service, place.get());
        if (minutes.isEmpty()) return problem(Refusal.NOT_OFFERED_HERE);
        var first = BookingInput.parseDay(from);
        var last = BookingInput.parseDay(to);
        if (first.isEmpty() || last.isEmpty() || last.get().isBefore(first.get())
                || first.get().plusDays(MAX_DAYS).isBefore(last.get())) {
            return problem(Refusal.BAD_RANGE);
        }
        var now = clock.instant();
        var earliest = now.plus(properties.cutOff());
        var free = new ArrayList<FreeSlot>();
        for (LocalDate d = first.get(); !d.isAfter(last.get()); d = d.plusDays(1)) {
            slots.forDay(place.get(), d).stream()
                    .filter(s -> s.free() > 0 && s.startsAt().isAfter(earliest))
                    .forEach(s -> free.add(new FreeSlot(s.startsAt(), s.startsAt().plusSeconds(60L * minutes.get()), s.free())));
        }
        return ResponseEntity.ok(free);
    }

    private ResponseEntity<ProblemDetail> problem(Refusal refusal) {
        return problems.of(refusal);
    }
}
