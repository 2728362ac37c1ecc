package org.nafitha.issuance.web;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.errors.Problems;
import org.nafitha.identity.Actor;
import org.nafitha.issuance.internal.Delivery;
import org.nafitha.issuance.internal.OfficePickups;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The office counter's side of pickups: ready, then handed over against the code or an ID check. */
@RestController
@Tag(name = "Delivery")
@SecurityRequirement(name = "bearer")
class OfficePickupApi {

    private final OfficePickups pickups;
    private final Problems problems;

    OfficePickupApi(OfficePickups pickups, Problems problems) {
        this.pickups = pickups;
        this.problems = problems;
    }

    record Handover(@Schema(example = "483920") @Nullable String code, @Schema(example = "false") @Nullable Boolean idChecked) {
    }

    @ApiResponse(responseCode = "204", description = "ready; the code was sent", content = @Content)
    @PostMapping("/api/v1/staff/deliveries/{id}/ready")
    @Operation(summary = "The document is at the office; the applicant gets the handover code by SMS")
    ResponseEntity<?> ready(@PathVariable UUID id, Actor actor) {
        return answer(pickups.ready(actor, id));
    }

    @ApiResponse(responseCode = "204", description = "handed over", content = @Content)
    @PostMapping("/api/v1/staff/deliveries/{id}/handover")
    @Operation(summary = "Hand the document over at the counter against the applicant's code or an ID check")
    ResponseEntity<?> handOver(@PathVariable UUID id, @RequestBody Handover body, Actor actor) {
        return answer(pickups.handOver(actor, id, body.code(), Boolean.TRUE.equals(body.idChecked())));
    }

    private ResponseEntity<?> answer(Optional<Delivery.Refusal> refusal) {
        return refusal.<ResponseEntity<?>>map(problems::of).orElseGet(() -> ResponseEntity.noContent().build());
    }
}
