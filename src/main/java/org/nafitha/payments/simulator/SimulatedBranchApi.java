package org.nafitha.payments.simulator;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The simulated acquirer's side a bank branch or an outlet uses: a bill paid in cash, the merchant
 * told at once as the acquirer tells it (the merchant's own API is {@link SimulatorApi}).
 */
@Hidden
@RestController
@RequestMapping("/simulator/gateway/api")
@ConditionalOnProperty(prefix = "nafitha.payments", name = "simulator", havingValue = "true")
class SimulatedBranchApi {

    private final SimulatedAcquirer acquirer;
    private final SimulatedNotifier notifier;

    SimulatedBranchApi(SimulatedAcquirer acquirer, SimulatedNotifier notifier) {
        this.acquirer = acquirer;
        this.notifier = notifier;
    }

    /** A bank or an outlet takes the money for a bill number (the person pays in a branch). */
    @PostMapping("/bills/{number}/pay")
    ResponseEntity<?> payBill(@PathVariable String number) {
        return acquirer.byBill(number).<ResponseEntity<?>>map(p -> {
            var before = p.status;
            var after = acquirer.payBill(p);
            if (before != after) notifier.outcome(p, SimulatedAcquirer.Delivery.ONCE);
            return ResponseEntity.ok(new SimulatorApi.Status(p.merchantReference, p.id, SimulatorApi.outcome(p), p.amountMinor, p.currency));
        }).orElseGet(() -> ResponseEntity.notFound().build());
    }
}
