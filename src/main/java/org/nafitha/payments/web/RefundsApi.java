package org.nafitha.payments.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.errors.Problems;
import org.nafitha.identity.Actor;
import org.nafitha.payments.ChargeId;
import org.nafitha.payments.PaymentError;
import org.nafitha.payments.internal.Refund;
import org.nafitha.payments.internal.RefundingCharges;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Finance staff's refunds: one proposes, another approves. */
@RestController
@RequestMapping("/api/v1/finance/refunds")
@Tag(name = "Finance")
class RefundsApi {

    record Proposal(@Schema(example = "c1f4a7e2-8b3d-4a6c-9e15-3d7b2a9f4c60") @Nullable String chargeId,
                    @Schema(example = "300.00") @Nullable BigDecimal amount,
                    @Schema(example = "دُفعت رسوم الجواز مرتين بسبب انقطاع الاتصال أثناء الدفع") @Nullable String reason) {
    }

    record RefundView(String id, String chargeId, String amount, String currency, String status, String proposedBy,
                      @Nullable String decidedBy) {

        static RefundView of(Refund r) {
            return new RefundView(r.id().toString(), r.charge().toString(), r.amount().amount().toPlainString(),
                    r.amount().currency().getCurrencyCode(), r.status().name(), r.proposedBy(), r.decidedBy());
        }
    }

    private final RefundingCharges refunding;
    private final Problems problems;

    RefundsApi(RefundingCharges refunding, Problems problems) {
        this.refunding = refunding;
        this.problems = problems;
    }

    @Operation(summary = "Propose a full or partial refund of a paid payment, with a reason (finance)")
    @ApiResponse(responseCode = "201", description = "proposed",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "0f3c8e21-6d4b-4a97-b2c5-7e1a9d3f6b28", "chargeId": "c1f4a7e2-8b3d-4a6c-9e15-3d7b2a9f4c60",
             "amount": "300.00", "currency": "SAR", "status": "PROPOSED", "proposedBy": "finance1", "decidedBy": null}""")))
    @PostMapping
    ResponseEntity<?> propose(@RequestBody Proposal body, Actor actor) {
        if (body.amount() == null) return problems.of(PaymentError.BAD_AMOUNT);
        ChargeId charge;
        try {
            charge = ChargeId.parse(body.chargeId() == null ? "" : body.chargeId());
        } catch (IllegalArgumentException notAnId) {
            return problems.of(PaymentError.NOT_REFUNDABLE);
        }
        return answer(refunding.propose(actor, charge, body.amount(), body.reason() == null ? "" : body.reason()), true);
    }

    @Operation(summary = "Approve a proposed refund (finance; never the officer who proposed it)")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "0f3c8e21-6d4b-4a97-b2c5-7e1a9d3f6b28", "chargeId": "c1f4a7e2-8b3d-4a6c-9e15-3d7b2a9f4c60",
             "amount": "300.00", "currency": "SAR", "status": "APPROVED", "proposedBy": "finance1", "decidedBy": "finance2"}""")))
    @PostMapping("/{id}/approval")
    ResponseEntity<?> approve(@PathVariable UUID id, Actor actor) {
        return answer(refunding.approve(actor, id), false);
    }

    private ResponseEntity<?> answer(RefundingCharges.Outcome outcome, boolean created) {
        return switch (outcome) {
            case RefundingCharges.Done done -> created
                    ? ResponseEntity.created(URI.create("/api/v1/finance/refunds/" + done.refund().id()))
                    .body(RefundView.of(done.refund()))
                    : ResponseEntity.ok(RefundView.of(done.refund()));
            case RefundingCharges.Refused refused -> problems.of(refused.error());
        };
    }
}
