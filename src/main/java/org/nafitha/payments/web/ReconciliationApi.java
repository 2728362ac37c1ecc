package org.nafitha.payments.web;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.payments.PaymentError;
import org.nafitha.payments.internal.DailyReconciliation;
import org.nafitha.payments.internal.PaymentGateway;
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
import io.swagger.v3.oas.annotations.tags.Tag;

/** Finance's daily reconciliation: run it (from the gateway or an uploaded camt.053), see it, close differences. */
@RestController
@RequestMapping("/api/v1/finance/reconciliations")
@Tag(name = "Finance")
class ReconciliationApi {

    record Closing(@Nullable String note) {
    }

    private final Reconciling reconciling;
    private final DailyReconciliation daily;
    private final PaymentProblems problems;

    ReconciliationApi(Reconciling reconciling, DailyReconciliation daily, PaymentProblems problems) {
        this.reconciling = reconciling;
        this.daily = daily;
        this.problems = problems;
    }

    @Operation(summary = "A day's reconciliation: matched totals and each difference")
    @GetMapping("/{day}")
    ResponseEntity<?> one(@PathVariable LocalDate day, Actor actor) {
        if (!actor.has(Role.FINANCE)) return problems.of(PaymentError.NOT_FINANCE);
        return reconciling.find(day).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> problems.of(PaymentError.NOT_FOUND));
    }

    @Operation(summary = "Reconcile a day now: the camt.053 file in the body, or fetched from the gateway without one")
    @PostMapping("/{day}")
    ResponseEntity<?> run(@PathVariable LocalDate day, @RequestBody(required = false) byte @Nullable [] file, Actor actor) {
        if (!actor.has(Role.FINANCE)) return problems.of(PaymentError.NOT_FINANCE);
        try {
            var run = file == null || file.length == 0 ? daily.reconcileFromGateway(day)
                    : reconciling.reconcile(day, new ByteArrayInputStream(file));
            return run.<ResponseEntity<?>>map(r -> ResponseEntity.status(HttpStatus.CREATED).body(r))
                    .orElseGet(() -> problems.of(PaymentError.RECONCILED_ALREADY));
        } catch (PaymentGateway.GatewayUnavailable unavailable) {
            return problems.of(PaymentError.GATEWAY_UNAVAILABLE);
        } catch (SettlementFile.Unreadable unreadable) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, unreadable.getMessage());
            problem.setProperty("code", "payments.SETTLEMENT_UNREADABLE");
            return ResponseEntity.unprocessableContent().body(problem);
        }
    }

    @Operation(summary = "Close a difference with a note of what was found and done")
    @PostMapping("/differences/{id}/close")
    ResponseEntity<?> close(@PathVariable UUID id, @RequestBody Closing body, Actor actor) {
        return reconciling.close(id, actor, body.note() == null ? "" : body.note())
                .<ResponseEntity<?>>map(problems::of).orElseGet(() -> ResponseEntity.noContent().build());
    }
}
