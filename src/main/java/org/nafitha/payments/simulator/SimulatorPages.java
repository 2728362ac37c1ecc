package org.nafitha.payments.simulator;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import java.math.BigDecimal;
import java.util.Currency;
import org.springframework.http.HttpStatus;

/**
 * The hosted card page the person is sent to, its 3-D Secure step, and the way back to the
 * ministry's page. Plain forms: no script needed. The way back proves nothing; the ministry waits
 * for the signed notification or its own status query.
 */
@Controller
@RequestMapping("/simulator/gateway/pay/{id}")
@ConditionalOnProperty(prefix = "nafitha.payments", name = "simulator", havingValue = "true")
class SimulatorPages {

    private final SimulatedAcquirer acquirer;
    private final SimulatedNotifier notifier;

    SimulatorPages(SimulatedAcquirer acquirer, SimulatedNotifier notifier) {
        this.acquirer = acquirer;
        this.notifier = notifier;
    }

    @GetMapping
    String card(@PathVariable String id, Model model) {
        var p = payment(id);
        if (p.status != SimulatedAcquirer.Status.PENDING) return "redirect:" + p.returnUrl;
        model.addAttribute("paymentId", p.id);
        model.addAttribute("amount", BigDecimal.valueOf(p.amountMinor,
                Currency.getInstance(p.currency).getDefaultFractionDigits()).toPlainString() + " " + p.currency);
        return "payments/simulator/card";
    }

    @PostMapping
    String pay(@PathVariable String id, @RequestParam(defaultValue = "") String cardNumber) {
        var p = payment(id);
        var outcome = acquirer.payByCard(p, cardNumber);
        if (outcome == SimulatedAcquirer.Status.CHALLENGED) return "redirect:/simulator/gateway/pay/" + id + "/3ds";
        if (outcome == SimulatedAcquirer.Status.SUCCEEDED || outcome == SimulatedAcquirer.Status.DECLINED) {
            notifier.outcome(p, TestCards.delivery(cardNumber));
        }
        return "redirect:" + p.returnUrl;
    }

    @GetMapping("/3ds")
    String challenge(@PathVariable String id, Model model) {
        var p = payment(id);
        if (p.status != SimulatedAcquirer.Status.CHALLENGED) return "redirect:" + p.returnUrl;
        model.addAttribute("paymentId", p.id);
        model.addAttribute("code", TestCards.THREE_D_SECURE_CODE);
        return "payments/simulator/3ds";
    }

    @PostMapping("/3ds")
    String answer(@PathVariable String id, @RequestParam(defaultValue = "") String code) {
        var p = payment(id);
        var before = p.status;
        var after = acquirer.answerChallenge(p, code);
        if (before != after) notifier.outcome(p, SimulatedAcquirer.Delivery.ONCE);
        return "redirect:" + p.returnUrl;
    }

    /** The person gives up: back to the ministry with nothing paid; the charge expires in time. */
    @PostMapping("/abandon")
    String abandon(@PathVariable String id) {
        return "redirect:" + payment(id).returnUrl;
    }

    private SimulatedPayment payment(String id) {
        return acquirer.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
