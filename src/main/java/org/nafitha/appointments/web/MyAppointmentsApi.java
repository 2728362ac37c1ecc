package org.nafitha.appointments.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nafitha.appointments.internal.Appointments;
import org.nafitha.appointments.internal.Interpreters;
import org.nafitha.errors.Problems;
import org.nafitha.identity.Actor;
import org.nafitha.country.Calendars;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** My appointments as the list page shows them, and a sign-language interpreter asked for or withdrawn. */
@RestController
@Tag(name = "Appointments")
@SecurityRequirement(name = "bearer")
class MyAppointmentsApi {

    private final Appointments appointments;
    private final Interpreters interpreters;
    private final Problems problems;
    private final Calendars calendars;

    MyAppointmentsApi(Appointments appointments, Interpreters interpreters, Problems problems, Calendars calendars) {
        this.calendars = calendars;
        this.appointments = appointments;
        this.interpreters = interpreters;
        this.problems = problems;
    }

    record InterpreterRequest(@Schema(example = "أحتاج مترجم لغة إشارة للتحدث مع الموظف عن تجديد جوازي") @Nullable String note) {
    }

    @Operation(summary = "My appointments, booked, past and cancelled")
    @GetMapping("/api/v1/appointments")
    List<AppointmentsApi.View> mine(Actor actor) {
        var person = actor.nationalId();
        return person == null ? List.of() : appointments.of(person).stream().map(a -> AppointmentsApi.View.of(a, calendars)).toList();
    }

    @Operation(summary = "Ask for a sign-language interpreter at my booked appointment (asking again keeps the first "
            + "request); 404 when no booked appointment of mine has this id, 422 for a note over 300 characters")
    @ApiResponse(responseCode = "204", description = "asked", content = @Content)
    @PutMapping("/api/v1/appointments/{id}/interpreter")
    ResponseEntity<?> ask(@PathVariable String id, @RequestBody(required = false) @Nullable InterpreterRequest body,
                          Actor actor) {
        var refused = interpreters.request(actor, id, body == null ? null : body.note());
        if (refused.isEmpty()) return ResponseEntity.noContent().build();
        return problems.of(refused.get());
    }

    @Operation(summary = "Withdraw the interpreter request of my booked appointment; 404 when there was none")
    @ApiResponse(responseCode = "204", description = "withdrawn", content = @Content)
    @DeleteMapping("/api/v1/appointments/{id}/interpreter")
    ResponseEntity<?> withdraw(@PathVariable String id, Actor actor) {
        return interpreters.withdraw(actor, id) ? ResponseEntity.noContent().build()
                : ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatus(HttpStatus.NOT_FOUND));
    }
}
