package org.nafitha.payments.web;

import org.nafitha.errors.Problems;
import org.nafitha.identity.Actor;
import org.nafitha.payments.PaymentError;
import org.nafitha.payments.internal.IssuingReceipts;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The signed receipt of one of my payments, once it is paid (the payments themselves: {@link PaymentsApi}). */
@RestController
@RequestMapping("/api/v1/payments")
@Tag(name = "Payments")
class PaymentReceiptsApi {

    private final MyCharges mine;
    private final IssuingReceipts receipts;
    private final Problems problems;

    PaymentReceiptsApi(MyCharges mine, IssuingReceipts receipts, Problems problems) {
        this.mine = mine;
        this.receipts = receipts;
        this.problems = problems;
    }

    @Operation(operationId = "paymentsReceipt", summary = "The signed receipt (PDF) of one of my paid payments")
    @ApiResponse(responseCode = "200", description = "the signed receipt",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @GetMapping(path = "/{id}/receipt")
    ResponseEntity<?> receipt(@PathVariable String id, Actor actor) {
        var charge = mine.find(id, actor);
        if (charge.isEmpty()) return problems.of(PaymentError.NOT_FOUND);
        return receipts.receipt(charge.get()).<ResponseEntity<?>>map(pdf -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .header("Content-Disposition", "inline; filename=\"receipt-" + id + ".pdf\"")
                        .body(pdf))
                .orElseGet(() -> problems.of(PaymentError.NOT_PAID));
    }
}
