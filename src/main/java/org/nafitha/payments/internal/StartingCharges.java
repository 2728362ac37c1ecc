package org.nafitha.payments.internal;

import java.time.Clock;

import org.nafitha.payments.ChargeStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands a created charge to the gateway. When the gateway does not answer, the charge stays
 * CREATED and is never started twice: the status query asks the gateway about it by our reference,
 * and an unanswered one expires.
 */
@Service
class StartingCharges {

    private static final Logger log = LoggerFactory.getLogger(StartingCharges.class);

    private final PaymentGateway gateway;
    private final Charges charges;
    private final PublicAddress address;
    private final TransactionTemplate tx;
    private final Clock clock;

    StartingCharges(PaymentGateway gateway, Charges charges, PublicAddress address, TransactionTemplate tx, Clock clock) {
        this.gateway = gateway;
        this.charges = charges;
        this.address = address;
        this.tx = tx;
        this.clock = clock;
    }

    Charge start(Charge charge) {
        try {
            var started = gateway.start(charge, address.returnFor(charge.id()), address.notifications());
            tx.executeWithoutResult(status -> {
                charges.recordStart(charge.id(), started.redirectUrl(), started.billNumber(), started.expiresAt());
                charges.move(charge.id(), ChargeStatus.PENDING, "gateway", null, clock.instant());
            });
        } catch (PaymentGateway.GatewayUnavailable unknown) {
            log.warn("Charge {} not started, the gateway did not answer; the status query will settle it: {}",
                    charge.id(), unknown.getMessage());
        }
        return charges.find(charge.id()).orElseThrow();
    }
}
