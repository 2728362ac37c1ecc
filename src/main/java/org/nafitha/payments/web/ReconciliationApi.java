package org.nafitha.payments.web;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.errors.Problems;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.payments.PaymentError;
import org.nafitha.payments.internal.DailyReconciliation;
import org.nafitha.payments.internal.PaymentGateway;
import org.nafitha.payments.internal.Reconciliations;
import org.nafitha.payments.internal.Reconciling;
import org.nafitha.payments.internal.SettlementFile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
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

/** Finance's daily reconciliation: run it (from the gateway or an uploaded camt.053), see it, close differences. */
@RestController
@RequestMapping("/api/v1/finance/reconciliations")
@Tag(name = "Finance")
class ReconciliationApi {

    record Closing(@Schema(example = "خصم البوابة عمولة ١٠ ريالات بالخطأ، واسترددناها بإشعار دائن رقم CN-2026-0311") @Nullable String note) {
    }

    private final Reconciling reconciling;
    private final Reconciliations reconciliations;
    private final DailyReconciliation daily;
    private final Problems problems;

    ReconciliationApi(Reconciling reconciling, Reconciliations reconciliations, DailyReconciliation daily,
                      Problems problems) {
        this.reconciling = reconciling;
        this.reconciliations = reconciliations;
        this.daily = daily;
        this.problems = problems;
    }

    @Operation(summary = "A day's reconciliation: matched totals and each difference")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "a2d7e4f1-3c9b-4e58-8a61-5f0b2c7d9e34", "day": "2026-03-13", "matched": 412, "matchedMinor": 18734500,
             "differences": [{"id": "d9c1b3e7-2f4a-4c86-a5d0-8e3b7f1c2a96", "kind": "AMOUNT_MISMATCH",
                              "chargeReference": "c1f4a7e2-8b3d-4a6c-9e15-3d7b2a9f4c60", "gatewayReference": "STL-88412907",
                              "oursMinor": 30000, "gatewayMinor": 29000, "currency": "SAR", "closedBy": null, "note": null}]}""")))
    @GetMapping("/{day}")
    ResponseEntity<?> one(@PathVariable LocalDate day, Actor actor) {
        if (!actor.has(Role.FINANCE)) return problems.of(PaymentError.NOT_FINANCE);
        return reconciliations.find(day).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> problems.of(PaymentError.NOT_FOUND));
    }

    @Operation(summary = "Reconcile a day now: the camt.053 file in the body, or fetched from the gateway without one")
    @ApiResponse(responseCode = "201", description = "reconciled",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "a2d7e4f1-3c9b-4e58-8a61-5f0b2c7d9e34", "day": "2026-03-13", "matched": 412, "matchedMinor": 18734500,
             "differences": [{"id": "d9c1b3e7-2f4a-4c86-a5d0-8e3b7f1c2a96", "kind": "AMOUNT_MISMATCH",
                              "chargeReference": "c1f4a7e2-8b3d-4a6c-9e15-3d7b2a9f4c60", "gatewayReference": "STL-88412907",
                              "oursMinor": 30000, "gatewayMinor": 29000, "currency": "SAR", "closedBy": null, "note": null}]}""")))
    @PostMapping("/{day}")
    ResponseEntity<?> run(@PathVariable LocalDate day, @Schema(example = """
            <?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">            <BkToCstmrStmt><Stmt><Id>STL-20260313</Id></Stmt></BkToCstmrStmt></Document>""")
                          @RequestBody(required = false) byte @Nullable [] file, Actor actor) {
        if (!actor.has(Role.FINANCE)) return problems.of(PaymentError.NOT_FINANCE);
        try {
            var run = file == null || file.length == 0 ? daily.reconcileFromGateway(day)
                    : reconciling.reconcile(day, new ByteArrayInputStream(file));
            return run.<ResponseEntity<?>>map(r -> ResponseEntity.status(HttpStatus.CREATED).body(r))
                    .orElseGet(() -> problems.of(PaymentError.RECONCILED_ALREADY));
        } catch (PaymentGateway.GatewayUnavailable unavailable) {
            return problems.of(PaymentError.GATEWAY_UNAVAILABLE);
        } catch (SettlementFile.Unreadable unreadable) {
            // the detail stays what the file's reader found wrong, as published; only code and status are the entry's
            var error = PaymentError.SETTLEMENT_UNREADABLE;
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(error.status()), unreadable.getMessage());
            problem.setProperty("code", error.code());
            return ResponseEntity.status(error.status()).body(problem);
        }
    }

    @Operation(summary = "Close a difference with a note of what was found and done")
    @ApiResponse(responseCode = "204", description = "closed", content = @Content)
    @PostMapping("/differences/{id}/close")
    ResponseEntity<?> close(@PathVariable UUID id, @RequestBody Closing body, Actor actor) {
        return reconciliations.close(id, actor, body.note() == null ? "" : body.note())
                .<ResponseEntity<?>>map(problems::of).orElseGet(() -> ResponseEntity.noContent().build());
    }
}
