package org.nafitha.payments.web;

import org.nafitha.errors.Problems;
import org.nafitha.payments.PaymentError;
import org.nafitha.payments.internal.IssuingReceipts;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Anyone holding a receipt checks it by the code behind its QR code: amount, status and the PDF's hash. */
@RestController
@Tag(name = "Verification")
class ReceiptVerificationApi {

    private final IssuingReceipts receipts;
    private final Problems problems;

    ReceiptVerificationApi(IssuingReceipts receipts, Problems problems) {
        this.receipts = receipts;
        this.problems = problems;
    }

    @Operation(summary = "Check a payment receipt by the code printed on it")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"code": "4TD8N2QW7HXK9PMB", "amount": "300.00", "currency": "SAR", "paidAt": "2026-03-14T09:20:03+03:00",
             "status": "PAID", "sha256": "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b"}""")))
    @GetMapping("/api/v1/verify/receipts/{code}")
    ResponseEntity<?> verify(@PathVariable String code) {
        if (code.length() > 24) return problems.of(PaymentError.NOT_FOUND);
        return receipts.verify(code).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> problems.of(PaymentError.NOT_FOUND));
    }
}
