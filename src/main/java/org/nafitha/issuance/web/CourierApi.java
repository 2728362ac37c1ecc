package org.nafitha.issuance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.nafitha.country.Calendars;
import org.nafitha.errors.Problems;
import org.nafitha.issuance.internal.CourierReports;
import org.nafitha.issuance.internal.CourierSignatures;
import org.nafitha.issuance.internal.Deliveries;
import org.nafitha.issuance.internal.Delivery;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The courier company's API. No bearer token: each request carries {@code X-Courier-Id},
 * {@code X-Timestamp} (epoch seconds), {@code X-Nonce} and {@code X-Signature}, the HMAC-SHA256
 * described in {@link CourierSignatures}.
 */
@RestController
@Tag(name = "Courier")
class CourierApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CourierSignatures signatures;
    private final CourierReports reports;
    private final Deliveries deliveries;
    private final Calendars calendars;
    private final Problems problems;
    private final Clock clock;

    CourierApi(CourierSignatures signatures, CourierReports reports, Deliveries deliveries, Calendars calendars,
               Problems problems, Clock clock) {
        this.signatures = signatures;
        this.reports = reports;
        this.deliveries = deliveries;
        this.calendars = calendars;
        this.problems = problems;
        this.clock = clock;
    }

    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(type = "object")),
            examples = @ExampleObject(value = """
            [{"id": "e4b7c2d9-6a1f-4c3e-8b5d-2f9a7c1e3b64", "reference": "GCC-2026-004512-3", "method": "HOME",
              "district": "حي الملقا", "address": "شارع أنس بن مالك، مبنى ١٤، شقة ٣، الرياض 13521",
              "latitude": 24.8121, "longitude": 46.6113, "status": "OUT_FOR_DELIVERY"}]""")))
    @GetMapping("/api/v1/courier/deliveries")
    @Operation(summary = "Today's deliveries of the signing courier")
    ResponseEntity<?> today(HttpServletRequest request,
                            @RequestHeader(value = "X-Courier-Id", required = false) String courier) {
        var refused = refused(request, new byte[0]);
        if (refused != null) return refused;
        var startOfDay = LocalDate.now(clock.withZone(calendars.zone())).atStartOfDay(calendars.zone()).toInstant();
        return ResponseEntity.ok(deliveries.ofCourier(courier, startOfDay).stream()
                .map(CourierStop::of).toList());
    }

    @ApiResponse(responseCode = "204", description = "recorded", content = @Content)
    @PostMapping("/api/v1/courier/deliveries/{id}/events")
    @Operation(summary = "Report picked-up, out-for-delivery, delivered (code or idChecked), failed or returned")
    ResponseEntity<?> report(@PathVariable UUID id, @Schema(example = """
            {"event": "delivered", "code": "483920", "idChecked": false, "note": "سُلّمت للمستفيد شخصياً"}""")
                             @RequestBody(required = false) byte[] body, HttpServletRequest request,
                             @RequestHeader(value = "X-Courier-Id", required = false) String courier) {
        var bytes = body == null ? new byte[0] : body;
        var refused = refused(request, bytes);
        if (refused != null) return refused;
        CourierReports.Report report;
        try {
            report = JSON.readValue(bytes, CourierReports.Report.class);
        } catch (JacksonException e) {
            return problems.of(Delivery.Refusal.UNREADABLE_REPORT);
        }
        if (report.event() == null) return problems.of(Delivery.Refusal.UNREADABLE_REPORT);
        return reports.report(courier, id, report)
                .<ResponseEntity<?>>map(problems::of)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    private ResponseEntity<ProblemDetail> refused(HttpServletRequest request, byte[] body) {
        var path = request.getRequestURI();
        var refusal = signatures.check(request.getHeader("X-Courier-Id"), request.getHeader("X-Timestamp"),
                request.getHeader("X-Nonce"), request.getMethod(), path, body, request.getHeader("X-Signature"));
        return refusal.map(problems::of).orElse(null);
    }
}
