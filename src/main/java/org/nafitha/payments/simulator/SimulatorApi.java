package org.nafitha.payments.simulator;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.nafitha.payments.PaymentsProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;

/** The simulated acquirer's server-to-server API, keyed by the merchant's API key. */
@Hidden
@RestController
@RequestMapping("/simulator/gateway/api")
@ConditionalOnProperty(prefix = "nafitha.payments", name = "simulator", havingValue = "true")
class SimulatorApi {

    record StartRequest(String merchantReference, long amountMinor, String currency, String method, String returnUrl,
                        String notifyUrl, Instant expiresAt) {
    }

    record Started(String paymentId, @Nullable String redirectUrl, @Nullable String billNumber, Instant expiresAt) {
    }

    record Status(String merchantReference, String paymentId, String status, long amountMinor, String currency) {
    }

    private final SimulatedAcquirer acquirer;
    private final PaymentsProperties properties;
    private final SettlementStatements statements;

    SimulatorApi(SimulatedAcquirer acquirer, PaymentsProperties properties, SettlementStatements statements) {
        this.statements = statements;
        this.acquirer = acquirer;
        this.properties = properties;
    }

    @PostMapping("/payments")
    ResponseEntity<?> start(@RequestHeader(name = "X-Api-Key", required = false) @Nullable String key,
                            @RequestBody StartRequest request) {
        if (!properties.gatewayApiKey().equals(key)) return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        if (request.amountMinor() <= 0) return ResponseEntity.unprocessableContent().build();
        var p = acquirer.create(request.merchantReference(), request.amountMinor(), request.currency(),
                request.method(), request.returnUrl(), request.notifyUrl(), request.expiresAt());
        var redirect = p.billNumber == null
                ? ServletUriComponentsBuilder.fromCurrentContextPath().path("/simulator/gateway/pay/{id}")
                .buildAndExpand(p.id).toUriString() : null;
        return ResponseEntity.status(HttpStatus.CREATED).body(new Started(p.id, redirect, p.billNumber, p.expiresAt));
    }

    @GetMapping("/payments")
    ResponseEntity<?> status(@RequestHeader(name = "X-Api-Key", required = false) @Nullable String key,
                             @RequestParam String merchantReference) {
        if (!properties.gatewayApiKey().equals(key)) return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        return acquirer.byReference(merchantReference)
                .<ResponseEntity<?>>map(p -> ResponseEntity.ok(new Status(p.merchantReference, p.id, outcome(p),
                        p.amountMinor, p.currency)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    record RefundRequest(String merchantReference, String refundId, long amountMinor, String currency) {
    }

    @PostMapping("/refunds")
    ResponseEntity<?> refund(@RequestHeader(name = "X-Api-Key", required = false) @Nullable String key,
                             @RequestBody RefundRequest request) {
        if (!properties.gatewayApiKey().equals(key)) return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        return acquirer.byReference(request.merchantReference())
                .<ResponseEntity<?>>map(p -> acquirer.refund(p, request.refundId(), request.amountMinor())
                        ? ResponseEntity.status(HttpStatus.CREATED).build() : ResponseEntity.unprocessableContent().build())
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** The day's settlement file, camt.053 XML. */
    @GetMapping(path = "/settlements/{day}", produces = "application/xml")
    void settlement(@RequestHeader(name = "X-Api-Key", required = false) @Nullable String key,
                    @PathVariable LocalDate day, HttpServletResponse response)
            throws IOException {
        if (!properties.gatewayApiKey().equals(key)) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            return;
        }
        response.setContentType("application/xml");
        statements.write(day, response.getOutputStream());
    }

    /** The merchant sees a challenged payment as still pending. */
    static String outcome(SimulatedPayment p) {
        return p.status == SimulatedAcquirer.Status.CHALLENGED ? "PENDING" : p.status.name();
    }
}
