package org.nafitha.payments.web;

import org.jspecify.annotations.Nullable;
import org.nafitha.errors.Problems;
import org.nafitha.payments.PaymentError;
import org.nafitha.payments.internal.NotificationSignature;
import org.nafitha.payments.internal.PaymentGateway;
import org.nafitha.payments.internal.ReceivingNotifications;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the gateway tells us the outcome of a payment, signed with HMAC over the raw body. The
 * body is read as bytes and verified before it is parsed.
 */
@RestController
@Tag(name = "Payments")
class GatewayNotificationsApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReceivingNotifications receiving;
    private final Problems problems;

    GatewayNotificationsApi(ReceivingNotifications receiving, Problems problems) {
        this.receiving = receiving;
        this.problems = problems;
    }

    @Operation(summary = "The gateway's signed notification of a payment's outcome (server to server)")
    @ApiResponse(responseCode = "204", description = "received", content = @Content)
    @PostMapping(path = "/api/v1/payments/gateway/notifications", consumes = "application/json")
    ResponseEntity<?> notify(@RequestHeader(name = NotificationSignature.TIMESTAMP, required = false) @Nullable String timestamp,
                             @RequestHeader(name = NotificationSignature.SIGNATURE, required = false) @Nullable String signature,
                             @Schema(example = """
                                     {"notificationId": "ntf-20260314-000913", "merchantReference": "c1f4a7e2-8b3d-4a6c-9e15-3d7b2a9f4c60",
                                      "status": "SUCCEEDED", "amountMinor": 30000, "currency": "SAR"}""")
                             @RequestBody byte[] body) {
        var refused = receiving.verify(timestamp, signature, body);
        if (refused.isPresent()) return problems.of(refused.get());
        var notification = parse(body);
        if (notification == null) return problems.of(PaymentError.NOTIFICATION_MISMATCH);
        return receiving.receive(notification).<ResponseEntity<?>>map(problems::of)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    private static ReceivingNotifications.@Nullable Notification parse(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            var id = node.path("notificationId").asString("");
            var reference = node.path("merchantReference").asString("");
            var status = PaymentGateway.Outcome.valueOf(node.path("status").asString(""));
            var amount = node.path("amountMinor").asLong(-1);
            var currency = node.path("currency").asString("");
            if (id.isBlank() || id.length() > 64 || reference.isBlank() || reference.length() > 64 || amount < 0
                    || !currency.matches("[A-Z]{3}")) {
                return null;
            }
            return new ReceivingNotifications.Notification(id, reference, status, amount, currency);
        } catch (RuntimeException malformed) {
            // Signed by the gateway yet not what it documents: refused as a mismatch, never a 500.
            return null;
        }
    }
}
