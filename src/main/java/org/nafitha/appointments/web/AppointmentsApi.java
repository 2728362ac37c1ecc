package org.nafitha.appointments.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;

import org.jspecify.annotations.Nullable;
import org.nafitha.appointments.AppointmentsProperties;
import org.nafitha.appointments.internal.Appointment;
import org.nafitha.appointments.internal.BookingAppointments;
import org.nafitha.appointments.internal.BookingOutcome;
import org.nafitha.appointments.internal.BookingRequest;
import org.nafitha.appointments.internal.BookingThrottle;
import org.nafitha.appointments.internal.ChangingAppointments;
import org.nafitha.appointments.internal.Offices;
import org.nafitha.appointments.internal.Refusal;
import org.nafitha.appointments.internal.Slots;
import org.nafitha.country.Calendars;
import org.nafitha.errors.Problems;
import org.nafitha.identity.Actor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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
import jakarta.servlet.http.HttpServletRequest;

/** Appointments for the mobile app and partners: free slots, book (idempotent), move, cancel. */
@RestController
@RequestMapping("/api/v1/appointments")
@Tag(name = "Appointments")
@SecurityRequirement(name = "bearer")
class AppointmentsApi {

    private static final int MAX_DAYS = 31;

    private final Offices offices;
    private final Slots slots;
    private final BookingAppointments booking;
    private final ChangingAppointments changing;
    private final BookingThrottle throttle;
    private final Calendars calendars;
    private final AppointmentsProperties properties;
    private final Problems problems;
    private final Clock clock;

    AppointmentsApi(Offices offices, Slots slots, BookingAppointments booking, ChangingAppointments changing,
                    BookingThrottle throttle, Calendars calendars, AppointmentsProperties properties,
                    Problems problems, Clock clock) {
        this.offices = offices;
        this.slots = slots;
        this.booking = booking;
        this.changing = changing;
        this.throttle = throttle;
        this.calendars = calendars;
        this.properties = properties;
        this.problems = problems;
        this.clock = clock;
    }

    record FreeSlot(Instant start, Instant end, int available) {
    }

    record NewAppointment(@Schema(example = "passport-issue") @Nullable String service,
                          @Schema(example = "riyadh-passports-olaya") @Nullable String office,
                          @Schema(example = "2026-03-22T09:30:00+03:00") @Nullable String start,
                          @Schema(example = "PSI-2026-001207-3") @Nullable String caseReference,
                          @Schema(example = "2193746506") @Nullable String onBehalfOf) {
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

    record Entered(String status, Instant drawAt) {
    }

    @Operation(summary = "Free slots of an office for a service, from and to (dates, at most 31 days)")
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

    @Operation(summary = "Book. The same Idempotency-Key with the same body returns the same appointment; 409 when the slot is gone")
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
                    .header("Idempotent-Replayed", String.valueOf(b.replay())).body(View.of(b.appointment(), calendars));
            case BookingOutcome.EnteredDraw d -> ResponseEntity.accepted().body(new Entered("IN_DRAW", d.drawAt()));
            case BookingOutcome.Refused r -> problem(r.reason());
        };
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
