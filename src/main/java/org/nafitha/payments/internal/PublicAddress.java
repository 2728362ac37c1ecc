package org.nafitha.payments.internal;

import org.nafitha.payments.PaymentsProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.nafitha.payments.ChargeId;

/**
 * Where this node is reached from outside (the gateway's notifications, the person's browser back
 * from the card page) and where the gateway is. Unset, both are this node itself on the port it
 * listens on: the demo and the tests, where the simulator is served by the same application.
 */
@Component
class PublicAddress {

    private final PaymentsProperties properties;
    private final Environment environment;

    PublicAddress(PaymentsProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    String base() {
        var configured = properties.publicBaseUrl();
        return configured != null ? configured : "http://localhost:" + environment.getProperty("local.server.port", "8080");
    }

    String gateway() {
        var configured = properties.gatewayUrl();
        return configured != null ? configured.toString() : base() + "/simulator/gateway";
    }

    String notifications() {
        return base() + "/api/v1/payments/gateway/notifications";
    }

    String returnFor(ChargeId charge) {
        return base() + "/payments/" + charge + "/return";
    }
}
