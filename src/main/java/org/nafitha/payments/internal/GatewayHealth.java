package org.nafitha.payments.internal;

import org.nafitha.payments.ChargeId;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The payment gateway on the status page: it answers a status query (for a charge it cannot know, so
 * "not found" is the healthy answer). Down is {@code DEGRADED}: the node still serves, and payments
 * started meanwhile are refused with a clear message until the gateway is back.
 */
@Component("paymentGatewayHealthIndicator")
class GatewayHealth implements HealthIndicator {

    private final PaymentGateway gateway;

    GatewayHealth(PaymentGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public Health health() {
        try {
            gateway.query(ChargeId.random());
            return Health.up().build();
        } catch (PaymentGateway.GatewayUnavailable e) {
            return Health.status(new Status("DEGRADED")).withDetail("reason", String.valueOf(e.getMessage())).build();
        }
    }
}
