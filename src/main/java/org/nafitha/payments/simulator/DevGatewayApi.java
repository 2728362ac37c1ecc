package org.nafitha.payments.simulator;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * For scripts and demos: settle a charge at the simulated gateway as its card page would, without a
 * browser (signed-in callers; absent, hence 404, wherever the simulator is off). The outcome then
 * reaches the ministry the usual way: a signed notification.
 */
@Hidden
@RestController
@ConditionalOnProperty(prefix = "nafitha.payments", name = "simulator", havingValue = "true")
class DevGatewayApi {

    private final SimulatedAcquirer acquirer;
    private final SimulatedNotifier notifier;

    DevGatewayApi(SimulatedAcquirer acquirer, SimulatedNotifier notifier) {
        this.acquirer = acquirer;
        this.notifier = notifier;
    }

    @PostMapping("/api/v1/dev/gateway/payments/{chargeId}")
    ResponseEntity<?> settle(@PathVariable String chargeId, @RequestParam(defaultValue = "SUCCEEDED") String outcome) {
        var card = "DECLINED".equals(outcome) ? TestCards.DECLINE : TestCards.SUCCESS;
        return acquirer.byReference(chargeId).<ResponseEntity<?>>map(p -> {
            var before = p.status;
            var after = "BILL".equals(p.method) && !"DECLINED".equals(outcome) ? acquirer.payBill(p) : acquirer.payByCard(p, card);
            if (before != after) notifier.outcome(p, SimulatedAcquirer.Delivery.ONCE);
            return ResponseEntity.ok(new SimulatorApi.Status(p.merchantReference, p.id, SimulatorApi.outcome(p),
                    p.amountMinor, p.currency));
        }).orElseGet(() -> ResponseEntity.notFound().build());
    }
}
