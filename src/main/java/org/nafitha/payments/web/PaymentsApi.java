package org.nafitha.payments.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.errors.Problems;
import org.nafitha.identity.Actor;
import org.nafitha.payments.PaymentError;
import org.nafitha.payments.internal.Charge;
import org.nafitha.payments.internal.CreatingCharges;
import org.nafitha.payments.internal.OwedDues;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** What the caller owes, and paying it. Amounts are decimal strings in the currency's units. */
@RestController
@RequestMapping("/api/v1/payments")
@Tag(name = "Payments")
class PaymentsApi {

    record NewPayment(@Schema(example = "[\"6e2b9d41-5a7c-4f38-b1e0-9c4d2a7f3b15\"]") @Nullable List<UUID> items,
                      @Schema(example = "CARD") Charge.@Nullable Method method) {
    }

    private final OwedDues owed;
    private final CreatingCharges creating;
    private final MyCharges mine;
    private final Problems problems;

    PaymentsApi(OwedDues owed, CreatingCharges creating, MyCharges mine, Problems problems) {
        this.owed = owed;
        this.creating = creating;
        this.mine = mine;
        this.problems = problems;
    }

    @Operation(summary = "What I owe: fees of my applications awaiting payment and my unpaid traffic fines")
    @GetMapping("/due")
    List<DueView> due(Actor actor) {
        return actor.nationalId() == null ? List.of() : owed.of(actor.nationalId()).stream().map(DueView::of).toList();
    }

    @Operation(summary = "Pay some of what I owe, by card (redirectUrl) or by bill number. "
            + "The same Idempotency-Key with the same body returns the same payment.")
    @ApiResponse(responseCode = "201", description = "created (the same key again: the same payment)",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "c1f4a7e2-8b3d-4a6c-9e15-3d7b2a9f4c60", "status": "PENDING", "amount": "300.00", "currency": "SAR",
             "redirectUrl": "https://pay.example-gateway.sa/checkout/c1f4a7e2", "billNumber": null,
             "expiresAt": "2026-03-14T10:12:40+03:00"}""")))
    @PostMapping
    ResponseEntity<?> pay(@Parameter(required = true) @RequestHeader(name = "Idempotency-Key", required = false)
                          @Nullable String key, @RequestBody NewPayment body, Actor actor) {
        if (key == null || key.isBlank() || key.length() > 100) return problems.of(PaymentError.IDEMPOTENCY_KEY_REQUIRED);
        if (body.items() == null || body.items().isEmpty()) return problems.of(PaymentError.NO_DUES);
        var method = body.method() == null ? Charge.Method.CARD : body.method();
        return switch (creating.create(actor, key, body.items(), method)) {
            case CreatingCharges.Created created -> ResponseEntity
                    .created(URI.create("/api/v1/payments/" + created.charge().id()))
                    .header("Idempotent-Replayed", String.valueOf(created.replayed()))
                    .body(PaymentView.of(created.charge()));
            case CreatingCharges.Refused refused -> problems.of(refused.error());
        };
    }

    @Operation(summary = "One of my payments; someone else's is not found")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "c1f4a7e2-8b3d-4a6c-9e15-3d7b2a9f4c60", "status": "PAID", "amount": "300.00", "currency": "SAR",
             "redirectUrl": "https://pay.example-gateway.sa/checkout/c1f4a7e2", "billNumber": null,
             "expiresAt": "2026-03-14T10:12:40+03:00"}""")))
    @GetMapping("/{id}")
    ResponseEntity<?> one(@PathVariable String id, Actor actor) {
        return mine.find(id, actor).<ResponseEntity<?>>map(c -> ResponseEntity.ok(PaymentView.of(c)))
                .orElseGet(() -> problems.of(PaymentError.NOT_FOUND));
    }
}
