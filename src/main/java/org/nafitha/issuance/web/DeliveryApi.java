package org.nafitha.issuance.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.errors.Problems;
import org.nafitha.cases.CaseParties;
import org.nafitha.cases.CaseReference;
import org.nafitha.identity.Actor;
import org.nafitha.issuance.internal.ArrangingDelivery;
import org.nafitha.issuance.internal.Deliveries;
import org.nafitha.issuance.internal.Delivery;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The applicant chooses home delivery or pickup for an approved document, and follows it. */
@RestController
@Tag(name = "Delivery")
@SecurityRequirement(name = "bearer")
class DeliveryApi {

    private final ArrangingDelivery arranging;
    private final Deliveries deliveries;
    private final CaseParties parties;
    private final MessageSource messages;
    private final Problems problems;

    DeliveryApi(ArrangingDelivery arranging, Deliveries deliveries, CaseParties parties, MessageSource messages, Problems problems) {
        this.arranging = arranging;
        this.deliveries = deliveries;
        this.parties = parties;
        this.messages = messages;
        this.problems = problems;
    }

    record DeliveryView(String id, String reference, String method, @Nullable String district, @Nullable String address,
                        @Nullable BigDecimal latitude, @Nullable BigDecimal longitude, @Nullable String office,
                        BigDecimal fee, String status) {
        static DeliveryView of(Delivery d) {
            return new DeliveryView(d.id().toString(), d.reference().value(), d.method().name(), d.district(), d.address(),
                    d.latitude(), d.longitude(), d.office(), d.fee(), d.status().name());
        }
    }

    @ApiResponse(responseCode = "201", description = "chosen (200: the same key again)",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "e4b7c2d9-6a1f-4c3e-8b5d-2f9a7c1e3b64", "reference": "GCC-2026-004512-3", "method": "HOME",
             "district": "حي الملقا", "address": "شارع أنس بن مالك، مبنى ١٤، شقة ٣، الرياض 13521",
             "latitude": 24.8121, "longitude": 46.6113, "office": null, "fee": 35.00, "status": "PREPARED"}""")))
    @PostMapping("/api/v1/applications/{reference}/delivery")
    @Operation(summary = "Choose home delivery (district, address, map point; fee) or pickup at an office")
    ResponseEntity<?> arrange(@PathVariable String reference, @RequestHeader(value = "Idempotency-Key", required = false) @Nullable String key,
                              @RequestBody ArrangingDelivery.Choice choice, Actor actor, Locale locale) {
        if (key == null || key.isBlank() || key.length() > 100) return problems.of(IssuanceError.DELIVERY_KEY_REQUIRED);
        var ref = CaseReference.parse(reference);
        if (ref.isEmpty()) return problems.of(IssuanceError.DELIVERY_NOT_FOUND);
        return switch (arranging.arrange(ref.get(), actor, choice, key)) {
            case ArrangingDelivery.Arranged a -> ResponseEntity.status(a.created() ? HttpStatus.CREATED : HttpStatus.OK)
                    .location(URI.create("/api/v1/applications/" + ref.get().value() + "/delivery"))
                    .body(DeliveryView.of(a.delivery()));
            case ArrangingDelivery.Invalid i -> {
                var problem = problems.detail(IssuanceError.DELIVERY_INVALID);
                problem.setProperty("errors", i.errors().stream().map(e -> Map.of("field", e[0], "code", e[1],
                        "message", messages.getMessage(e[1], null, locale))).toList());
                yield ResponseEntity.status(IssuanceError.DELIVERY_INVALID.status()).body(problem);
            }
            case ArrangingDelivery.NotFound n -> problems.of(IssuanceError.DELIVERY_NOT_FOUND);
            case ArrangingDelivery.Conflict c -> problems.of(IssuanceError.DELIVERY_ALREADY_CHOSEN);
        };
    }

    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "e4b7c2d9-6a1f-4c3e-8b5d-2f9a7c1e3b64", "reference": "GCC-2026-004512-3", "method": "HOME",
             "district": "حي الملقا", "address": "شارع أنس بن مالك، مبنى ١٤، شقة ٣، الرياض 13521",
             "latitude": 24.8121, "longitude": 46.6113, "office": null, "fee": 35.00, "status": "OUT_FOR_DELIVERY"}""")))
    @GetMapping("/api/v1/applications/{reference}/delivery")
    @Operation(summary = "Where the document is on its way")
    ResponseEntity<?> follow(@PathVariable String reference, Actor actor) {
        return CaseReference.parse(reference).filter(r -> parties.onApplicantSide(r, actor)).flatMap(deliveries::forCase)
                .<ResponseEntity<?>>map(d -> ResponseEntity.ok(DeliveryView.of(d)))
                .orElseGet(() -> problems.of(IssuanceError.DELIVERY_NOT_FOUND));
    }
}
