package org.nafitha.payments.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.catalogue.LocalizedText;
import org.nafitha.errors.Problems;
import org.nafitha.identity.Actor;
import org.nafitha.payments.ChargeId;
import org.nafitha.payments.PaymentError;
import org.nafitha.payments.internal.Charge;
import org.nafitha.payments.internal.Charges;
import org.nafitha.payments.internal.CreatingCharges;
import org.nafitha.payments.internal.Due;
import org.nafitha.payments.internal.IssuingReceipts;
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
import java.util.Optional;
import org.springframework.http.MediaType;

/** What the caller owes, and paying it. Amounts are decimal strings in the currency's units. */
@RestController
@RequestMapping("/api/v1/payments")
@Tag(name = "Payments")
class PaymentsApi {

    @Schema(name = "DueLine", example = """
            {"code": "passport-10-years", "label": {"ar": "رسوم جواز سفر لمدة عشر سنوات", "en": "Passport fee, ten years"},
             "amount": "600.00"}""")
    record Line(String code, LocalizedText label, String amount) {
    }

    record DueView(@Schema(example = "6e2b9d41-5a7c-4f38-b1e0-9c4d2a7f3b15") UUID id, @Schema(example = "FEE") String kind,
                   @Schema(example = "PSP-2026-000123-3") String reference, List<Line> lines,
                   @Schema(example = "600.00") String total, @Schema(example = "SAR") String currency) {

        static DueView of(Due d) {
            return new DueView(d.id(), d.kind().name(), d.reference(), d.lines().stream()
                    .map(l -> new Line(l.code(), l.label(), l.amount().amount().toPlainString())).toList(),
                    d.total().amount().toPlainString(), d.total().currency().getCurrencyCode());
        }
    }

    record NewPayment(@Schema(example = "[\"6e2b9d41-5a7c-4f38-b1e0-9c4d2a7f3b15\"]") @Nullable List<UUID> items,
                      @Schema(example = "CARD") Charge.@Nullable Method method) {
    }

    record PaymentView(String id, String status, String amount, String currency, @Nullable String redirectUrl,
                       @Nullable String billNumber, Instant expiresAt) {

        static PaymentView of(Charge c) {
            return new PaymentView(c.id().toString(), c.status().name(), c.amount().amount().toPlainString(),
                    c.amount().currency().getCurrencyCode(), c.redirectUrl(), c.billNumber(), c.expiresAt());
        }
    }

    private final OwedDues owed;
    private final CreatingCharges creating;
    private final Charges charges;
    private final Problems problems;
    private final IssuingReceipts receipts;

    PaymentsApi(OwedDues owed, CreatingCharges creating, Charges charges, Problems problems,
                IssuingReceipts receipts) {
        this.receipts = receipts;
        this.owed = owed;
        this.creating = creating;
        this.charges = charges;
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
        return mine(id, actor).<ResponseEntity<?>>map(c -> ResponseEntity.ok(PaymentView.of(c)))
                .orElseGet(() -> problems.of(PaymentError.NOT_FOUND));
    }

    @Operation(summary = "The signed receipt (PDF) of one of my paid payments")
    @ApiResponse(responseCode = "200", description = "the signed receipt",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @GetMapping(path = "/{id}/receipt")
    ResponseEntity<?> receipt(@PathVariable String id, Actor actor) {
        var charge = mine(id, actor);
        if (charge.isEmpty()) return problems.of(PaymentError.NOT_FOUND);
        return receipts.receipt(charge.get()).<ResponseEntity<?>>map(pdf -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .header("Content-Disposition", "inline; filename=\"receipt-" + id + ".pdf\"")
                        .body(pdf))
                .orElseGet(() -> problems.of(PaymentError.NOT_PAID));
    }

    private Optional<Charge> mine(String id, Actor actor) {
        try {
            return charges.find(ChargeId.parse(id))
                    .filter(c -> c.payer().equals(actor.nationalId()) || c.createdBy().equals(actor.username()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
